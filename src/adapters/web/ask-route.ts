/**
 * POST /api/ask {"text": "…", "conversation"?: "…"} → exactly the JSON of `npm run ask -- --json` (replyJson).
 * The conversation id is the page's per-tab id, kept under "web:" so follow-ups know their subject; bad input gets
 * a 400 problem (JSON) that says what is wrong.
 */
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { handleChatMessage, NO_CONVERSATION } from '../../app/handle-message.js';
import { replyJson } from '../../app/reply-json.js';
import type { Runtime } from '../../runtime.js';
import { sendProblem } from '../http/problem.js';
import { LOCAL_CHANNEL_ID } from './local-channel.js';

const AskSchema = z.object({
  text: z
    .string({ message: 'text must be a string: {"text": "Kas ir atbildīgs par 4.4.5. pasākumu?"}' })
    .trim()
    .min(1, 'text must not be empty')
    .max(2000, 'text must be at most 2000 characters'),
  conversation: z
    .string({ message: 'conversation must be a string' })
    .regex(/^(web:)?[\w-]{1,64}$/, 'conversation must be 1–64 letters, digits, "-" or "_"')
    .optional(),
});

/**
 * Who speaks from the page: whoever holds the page (the loopback machine's user, or WEB_ACCESS_TOKEN's holder).
 * With ADMIN_USERS set, the page may change statuses and digest settings only when the list names `web`.
 */
export const WEB_USER = { id: 'web' } as const;

/** Where "subscribe this channel" points from the local page: the local channel. */
const LOCAL_TARGET = { platform: 'web', id: LOCAL_CHANNEL_ID, label: 'Lokālais kanāls' } as const;

export function askHandler(runtime: Runtime) {
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = AskSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      sendProblem(res, 400, parsed.error.issues.map((i) => i.message).join('; '));
      return;
    }
    // Without an id the question stands alone: a shared fallback id would mix strangers' follow-ups, and keeping
    // its state under a fresh id would only fill memory with conversations nobody can continue.
    const given = parsed.data.conversation?.replace(/^web:/, '');
    const deps = given ? runtime.handle : { ...runtime.handle, conversations: NO_CONVERSATION };
    const { reply } = await handleChatMessage(
      {
        conversation: `web:${given ?? randomUUID()}`,
        text: parsed.data.text,
        user: { ...WEB_USER },
        target: { ...LOCAL_TARGET },
      },
      deps,
    );
    res.json(replyJson(reply));
  };
}
