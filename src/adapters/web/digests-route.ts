/**
 * GET /api/digests?lang=lv — the digests posted to the local channel (the latest 20), for the page. While none has
 * been posted yet (a fresh start), a preview of the digest as it would be sent now comes with them, so the
 * channel is never blank. Until the digest scheduler provides the local channel, the answer says it is not
 * available rather than failing.
 */
import type { Request, Response } from 'express';
import type { Runtime } from '../../runtime.js';
import { digestPreview } from './digest-preview.js';

export const DIGEST_PREVIEW = 20;

export function digestsHandler(runtime: Runtime) {
  return async (req: Request, res: Response): Promise<void> => {
    // Read at request time: the scheduler may set runtime.localChannel after the web adapter started.
    const channel = runtime.localChannel;
    const digests = channel ? await channel.list(DIGEST_PREVIEW) : [];
    const lang = req.query.lang === 'en' ? 'en' : 'lv';
    const preview = channel && digests.length === 0 ? await digestPreview(runtime, lang) : undefined;
    res.json({
      available: channel !== undefined,
      digests,
      ...(preview ? { preview: { composedAt: runtime.handle.now().toISOString(), digest: preview } } : {}),
    });
  };
}
