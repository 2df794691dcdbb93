/**
 * Which messages the bot reads. With message.channels and message.groups subscribed, Slack sends every message of
 * every channel the bot is in; only two kinds are questions: direct messages, and replies without a mention in a
 * thread the bot has answered in (a follow-up). Everything else is dropped here, before the event is recorded
 * anywhere, so other channel traffic is neither read further nor stored. A reply that mentions the bot is left
 * to its app_mention copy, which Slack sends as well.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { z } from 'zod';
import type { AnsweredThreads } from '../store/answered-threads.js';
import { isDirect } from './places.js';

export const IncomingMessage = z.object({
  user: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
});
export type IncomingMessage = z.infer<typeof IncomingMessage>;

/** Subtypes that are still a person writing (with a file, or a thread reply also sent to the channel). */
const PERSON_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

export function byPerson(m: IncomingMessage, botUserId: string | undefined): m is IncomingMessage & { user: string } {
  return Boolean(m.user) && !m.bot_id && m.user !== botUserId && (!m.subtype || PERSON_SUBTYPES.has(m.subtype));
}

export function isDirectMessage(m: IncomingMessage): boolean {
  return m.channel_type === 'im' || isDirect(m.channel);
}

/** A person's reply, without a mention of the bot, in a channel thread the bot has answered in. */
export async function isFollowUp(
  m: IncomingMessage,
  team: string,
  botUserId: string | undefined,
  threads: AnsweredThreads,
): Promise<boolean> {
  if (isDirectMessage(m) || !byPerson(m, botUserId)) return false;
  if (!m.thread_ts || m.thread_ts === m.ts) return false;
  if (botUserId && (m.text ?? '').includes(`<@${botUserId}>`)) return false;
  return threads.has({ team, channel: m.channel, threadTs: m.thread_ts });
}

/** Drops every message event that is neither a direct message nor a follow-up; other events pass. */
export function onlyQuestions(threads: AnsweredThreads, defaultTeam: string): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const event = 'event' in body ? body.event : undefined;
    if (!event || typeof event !== 'object' || (event as { type?: unknown }).type !== 'message') return next();
    const parsed = IncomingMessage.safeParse(event);
    if (!parsed.success) return;
    const team = ('team_id' in body && typeof body.team_id === 'string' && body.team_id) || defaultTeam;
    if (isDirectMessage(parsed.data) || (await isFollowUp(parsed.data, team, context.botUserId, threads))) await next();
  };
}
