/**
 * Events: a mention in a channel is answered in the question's thread, a direct message in the DM, a follow-up
 * (a reply without a mention in a thread the bot answered) in its thread, and opening App Home publishes the home
 * view. Messages from bots (this one included), edits, deletions and other non-person subtypes are ignored. Events
 * are parsed with a schema of the few fields used, so an unexpected shape is ignored too.
 */
import type { App, webApi } from '@slack/bolt';
import { NO_STATUSES } from '../../core/answer/answer-context.js';
import { rigaDate } from '../../core/deadlines/riga-time.js';
import { cleanMessage } from '../../core/understand/clean-text.js';
import { answerQuestion } from './answer-question.js';
import { type Outlet, threadOutlet } from './outlets.js';
import { conversationId, isDirect, type Place, placeOfMessage } from './places.js';
import { renderHome } from './render-home.js';
import type { SlackContext } from './slack-context.js';
import { HELP_QUESTION } from './slack-words.js';
import { byPerson, IncomingMessage, isDirectMessage, isFollowUp } from './thread-follow-ups.js';

export function registerEvents(app: App, ctx: SlackContext): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    // A mention inside a DM also arrives as message.im, which answers it.
    if (isDirect(event.channel)) return;
    await onMessage(ctx, client, event, body.team_id || ctx.teamId, context.botUserId);
  });
  app.event('message', async ({ event, body, client, context }) => {
    const parsed = IncomingMessage.safeParse(event);
    if (!parsed.success) return;
    const team = body.team_id || ctx.teamId;
    // The onlyQuestions middleware has dropped the rest already; checked again where the answer is decided.
    if (!isDirectMessage(parsed.data) && !(await isFollowUp(parsed.data, team, context.botUserId, ctx.threads))) return;
    await onMessage(ctx, client, parsed.data, team, context.botUserId);
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
  // Bots (this one too), edits, deletions, joins… are not questions.
  if (!byPerson(m, bot)) return;
  const user = m.user;
  const place = placeOfMessage(team, m.channel, m.ts, m.thread_ts);
  const text = cleanMessage(m.text ?? '') ? (m.text ?? '') : HELP_QUESTION;
  await answerQuestion(
    ctx,
    client,
    { text, user, conversation: conversationId(place), channel: m.channel, mode: 'thread', message: m },
    rememberingThread(ctx, threadOutlet(client, place, user), place),
  );
}

/** Posts through `outlet`, and notes a channel thread the bot has answered in, for follow-ups without a mention. */
export function rememberingThread(ctx: SlackContext, outlet: Outlet, place: Place): Outlet {
  const { threadTs } = place;
  if (isDirect(place.channel) || !threadTs) return outlet;
  return {
    ...outlet,
    async post(message) {
      await outlet.post(message);
      await ctx.threads.remember({ team: place.team, channel: place.channel, threadTs }, ctx.clock());
    },
  };
}

async function publishHome(ctx: SlackContext, client: webApi.WebClient, user: string): Promise<void> {
  const { engine, statuses, now } = ctx.runtime.handle;
  const view = renderHome({
    knowledge: engine.understander.kb.knowledge,
    statuses: (await statuses?.snapshot()) ?? NO_STATUSES,
    today: rigaDate(now()),
  });
  try {
    await client.views.publish({ user_id: user, view });
  } catch (error) {
    ctx.logger.error({ err: error, user }, 'slack: could not publish App Home');
  }
}
