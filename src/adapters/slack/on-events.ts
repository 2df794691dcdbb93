/**
 * Events: a mention in a channel is answered in the question's thread, a direct message in the DM, and opening
 * App Home publishes the home view. Messages from bots (this one included), edits, deletions and other non-person
 * subtypes are ignored. Events are parsed with a schema of the few fields used, so an unexpected shape is ignored too.
 */
import type { App, webApi } from '@slack/bolt';
import { z } from 'zod';
import { NO_STATUSES } from '../../core/answer/answer-context.js';
import { rigaDate } from '../../core/deadlines/riga-time.js';
import { cleanMessage } from '../../core/understand/clean-text.js';
import { answerQuestion } from './answer-question.js';
import { threadOutlet } from './outlets.js';
import { conversationId, isDirect, placeOfMessage } from './places.js';
import { renderHome } from './render-home.js';
import type { SlackContext } from './slack-context.js';
import { HELP_QUESTION } from './slack-words.js';

const IncomingMessage = z.object({
  user: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  channel: z.string(),
  channel_type: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
});
type IncomingMessage = z.infer<typeof IncomingMessage>;

/** Subtypes that are still a person writing (with a file, or a thread reply also sent to the channel). */
const PERSON_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

export function registerEvents(app: App, ctx: SlackContext): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    // A mention inside a DM also arrives as message.im, which answers it.
    if (isDirect(event.channel)) return;
    await onMessage(ctx, client, event, body.team_id || ctx.teamId, context.botUserId);
  });
  app.event('message', async ({ event, body, client, context }) => {
    const parsed = IncomingMessage.safeParse(event);
    // Only direct messages are questions; the app is not subscribed to channel messages, but checks anyway.
    if (!parsed.success || !(parsed.data.channel_type === 'im' || isDirect(parsed.data.channel))) return;
    await onMessage(ctx, client, parsed.data, body.team_id || ctx.teamId, context.botUserId);
  });
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await publishHome(ctx, client, event.user);
  });
}

async function onMessage(ctx: SlackContext, client: webApi.WebClient, raw: unknown, team: string, bot?: string) {
  const parsed = IncomingMessage.safeParse(raw);
  if (!parsed.success) return;
  const m: IncomingMessage = parsed.data;
  const user = m.user;
  // Bots (this one too), edits, deletions, joins… are not questions.
  if (!user || m.bot_id || user === bot || (m.subtype && !PERSON_SUBTYPES.has(m.subtype))) return;
  const place = placeOfMessage(team, m.channel, m.ts, m.thread_ts);
  const text = cleanMessage(m.text ?? '') ? (m.text ?? '') : HELP_QUESTION;
  await answerQuestion(
    ctx,
    client,
    { text, user, conversation: conversationId(place), channel: m.channel, mode: 'thread', message: m },
    threadOutlet(client, place, user),
  );
}

async function publishHome(ctx: SlackContext, client: webApi.WebClient, user: string): Promise<void> {
  const { engine, statuses, now } = ctx.runtime.handle;
  const view = renderHome({
    knowledge: engine.understander.kb.knowledge,
    statuses: statuses ?? NO_STATUSES,
    today: rigaDate(now()),
  });
  try {
    await client.views.publish({ user_id: user, view });
  } catch (error) {
    ctx.logger.error({ err: error, user }, 'slack: could not publish App Home');
  }
}
