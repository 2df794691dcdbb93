/**
 * A question → its answer in Slack: the rate limit first, ⏳ if it takes long, the answer through handleMessage
 * (as this user, in this conversation, with this channel as "this channel"), remembered for its buttons, rendered
 * and posted. Any failure becomes a short apology with an error id; the log has the details under that id.
 */
import { randomBytes } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import { handleChatMessage, handleMessage, MemoryConversations } from '../../app/handle-message.js';
import type { Reply } from '../../core/answer/reply.js';
import { cleanMessage } from '../../core/understand/clean-text.js';
import type { ReplyMode } from './action-values.js';
import type { AnswerRecord } from './answer-memory.js';
import type { Outlet } from './outlets.js';
import { renderReply } from './render-reply.js';
import type { SlackContext } from './slack-context.js';
import { apology, BILINGUAL } from './slack-words.js';
import { NOT_WORKING, showWorking } from './working-reaction.js';

export interface Question {
  /** As Slack sent it; the core removes the markup. */
  text: string;
  user: string;
  conversation: string;
  /** The channel "this channel" means (digest subscriptions). */
  channel: string;
  mode: Exclude<ReplyMode, 'published'>;
  /** The question's own message, which gets the ⏳ reaction. */
  message?: { channel: string; ts: string };
}

export async function answerQuestion(ctx: SlackContext, client: webApi.WebClient, q: Question, outlet: Outlet) {
  if (!ctx.limiter.allow(q.user, ctx.clock())) {
    ctx.logger.info({ user: q.user }, 'slack: rate limited');
    await outlet.notice(BILINGUAL.rateLimited);
    return;
  }
  const working = q.message ? showWorking(client, q.message, ctx.workingDelayMs, ctx.logger) : NOT_WORKING;
  try {
    const { reply } = await handleChatMessage(
      {
        conversation: q.conversation,
        text: q.text,
        user: { id: q.user },
        target: { platform: 'slack', id: q.channel },
      },
      ctx.runtime.handle,
    );
    const question = cleanMessage(q.text);
    const record = ctx.memory.remember({ question, conversation: q.conversation, userId: q.user, reply });
    await outlet.post(
      renderReply(reply, { answerId: record.id, question: q.text, mode: q.mode, page: 0, quotes: false }),
    );
  } catch (error) {
    await apologise(ctx, outlet, error, { conversation: q.conversation, user: q.user });
  } finally {
    await working.stop();
  }
}

/** Logs the failure under a fresh error id and tells the user that id; never throws. */
export async function apologise(ctx: SlackContext, outlet: Outlet, error: unknown, details: Record<string, string>) {
  const errorId = randomBytes(4).toString('hex');
  ctx.logger.error({ err: error, errorId, ...details }, 'slack: could not answer');
  await outlet.notice(apology(errorId)).catch((noticeError: unknown) => {
    ctx.logger.error({ err: noticeError, errorId }, 'slack: could not send the apology either');
  });
}

/**
 * The answer a button refers to. When it is no longer in memory the question is answered again, without the
 * conversation's state and without running commands: a click on an old answer must never repeat a side effect.
 */
export async function recallAnswer(
  ctx: SlackContext,
  answerId: string,
  question: string,
  user: string,
): Promise<AnswerRecord> {
  const known = ctx.memory.recall(answerId);
  if (known) return known;
  const { engine, statuses, now } = ctx.runtime.handle;
  const current = await statuses?.snapshot();
  const deps = { engine, conversations: new MemoryConversations(), now, ...(current ? { statuses: current } : {}) };
  const text = cleanMessage(question);
  const reply: Reply = handleMessage({ conversation: 'slack:recall', text }, deps).reply;
  return ctx.memory.remember({ question: text, conversation: 'slack:recall', userId: user, reply });
}
