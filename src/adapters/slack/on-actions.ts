/**
 * Button clicks, each acknowledged at once. Suggestions and reply actions (and a digest line's "mark done") are
 * asked as the clicking user in the clicked message's conversation; 👍/👎 are stored with the question and the
 * answer; "show source" and the page buttons redraw the message in place (chat.update, or response_url for a
 * private one), as do confirm and cancel; "post to channel" posts a private answer.
 */
import { type App, type BlockButtonAction, type RespondFn, webApi } from '@slack/bolt';
import { TOKEN_PATTERN } from '../../app/commands/confirmations.js';
import { replyText } from '../../core/answer/reply.js';
import { ACTION, type AnswerRef, COMMAND_ACTION, decodeRef, SUGGESTION_ACTION } from './action-values.js';
import { answerQuestion, apologise, recallAnswer } from './answer-question.js';
import { type Click, clickOf, outletOf, replacingOutlet } from './clicks.js';
import { QUIET } from './outlets.js';
import { renderReply } from './render-reply.js';
import type { SlackContext } from './slack-context.js';
import { BILINGUAL, sw } from './slack-words.js';

interface Clicked {
  click: Click;
  value: string;
  client: webApi.WebClient;
  respond: RespondFn;
}

type ClickHandler = (ctx: SlackContext, clicked: Clicked) => Promise<void>;

export function registerActions(app: App, ctx: SlackContext): void {
  const on = (id: string | RegExp, handler: ClickHandler) => {
    app.action<BlockButtonAction>(id, async ({ ack, body, action, client, respond }) => {
      await ack();
      const click = clickOf(body, ctx.teamId);
      if (!click) return;
      const clicked = { click, value: action.value ?? '', client, respond };
      try {
        await handler(ctx, clicked);
      } catch (error) {
        await apologise(ctx, outletOf(click, client, respond), error, { action: action.action_id, user: click.user });
      }
    });
  };
  on(SUGGESTION_ACTION, ask);
  on(COMMAND_ACTION, ask);
  on(ACTION.feedbackUp, (c, clicked) => recordFeedback(c, clicked, 'up'));
  on(ACTION.feedbackDown, (c, clicked) => recordFeedback(c, clicked, 'down'));
  on(ACTION.showSource, redraw);
  on(ACTION.pageNext, redraw);
  on(ACTION.pagePrevious, redraw);
  on(ACTION.publish, publish);
}

/**
 * The button's text asked as if the user had typed it, in the same conversation. A confirmation's "Apstiprināt" /
 * "Atcelt" (a command with a one-time token) replaces the message that asked, so its buttons cannot be pressed
 * again; any other answer comes as a new message.
 */
async function ask(ctx: SlackContext, { click, value, client, respond }: Clicked): Promise<void> {
  if (!value.trim()) return;
  const question = { text: value, user: click.user, conversation: click.conversation, channel: click.channel };
  const settles = TOKEN_PATTERN.test(value);
  const outlet = settles ? replacingOutlet(click, client, respond) : outletOf(click, client, respond);
  await answerQuestion(ctx, client, { ...question, mode: click.mode }, outlet);
}

function refOf(value: string): AnswerRef {
  const ref = decodeRef(value);
  if (!ref) throw new Error('a button value that is not an answer reference');
  return ref;
}

async function recordFeedback(ctx: SlackContext, { click, value, respond }: Clicked, rating: 'up' | 'down') {
  const ref = refOf(value);
  const record = await recallAnswer(ctx, ref.answerId, ref.question, click.user);
  await ctx.feedback.record({
    platform: 'slack',
    conversation: click.conversation,
    userId: click.user,
    rating,
    question: record.question,
    answer: replyText(record.reply),
    intent: record.reply.intent,
    at: new Date(ctx.clock()).toISOString(),
  });
  await respond({ response_type: 'ephemeral', replace_original: false, text: sw('thanks', record.reply.language) });
}

/** The same answer drawn again in place: another page of its list, or with its quoted sources. */
async function redraw(ctx: SlackContext, { click, value, client, respond }: Clicked): Promise<void> {
  const ref = refOf(value);
  const record = await recallAnswer(ctx, ref.answerId, ref.question, click.user);
  await replacingOutlet(click, client, respond).post(renderReply(record.reply, { ...ref, answerId: record.id }));
}

/** Codes meaning the bot cannot post in this conversation: the user is told how to fix it. */
const CANNOT_POST = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

async function publish(ctx: SlackContext, { click, value, client, respond }: Clicked): Promise<void> {
  const ref = refOf(value);
  const record = await recallAnswer(ctx, ref.answerId, ref.question, click.user);
  const message = renderReply(record.reply, { ...ref, answerId: record.id, mode: 'published', page: 0, quotes: false });
  try {
    const posted = await client.chat.postMessage({ channel: click.channel, ...message, ...QUIET });
    // Replies in the published answer's thread are follow-ups, as under an answer to a mention.
    if (posted.ts)
      await ctx.threads.remember({ team: click.team, channel: click.channel, threadTs: posted.ts }, ctx.clock());
  } catch (error) {
    const refused = error instanceof webApi.WebAPIPlatformError && CANNOT_POST.has(error.data.error);
    if (!refused) throw error;
    await respond({ response_type: 'ephemeral', replace_original: false, text: BILINGUAL.notInChannel });
    return;
  }
  await respond({ replace_original: true, text: BILINGUAL.published });
}
