/**
 * GET /api/digests — the digests posted to the local channel (the latest 20), for the page's preview. Until the
 * digest scheduler provides the local channel, the answer says it is not available rather than failing.
 */
import type { Request, Response } from 'express';
import type { Runtime } from '../../runtime.js';

export const DIGEST_PREVIEW = 20;

export function digestsHandler(runtime: Runtime) {
  return (_req: Request, res: Response): void => {
    // Read at request time: the scheduler may set runtime.localChannel after the web adapter started.
    const channel = runtime.localChannel;
    res.json({ available: channel !== undefined, digests: channel ? channel.list(DIGEST_PREVIEW) : [] });
  };
}
