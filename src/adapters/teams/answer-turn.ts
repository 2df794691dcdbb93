/**
 * Answering in a turn: the text goes through handleMessage with the conversation "teams:<conversation id>", and the
 * Reply goes back as an Adaptive Card in reply to the activity (so in a channel it lands in the thread), with
 * Teams' 👍/👎 feedback buttons turned on for it; or, for a click that settles a card (a confirmation, a page),
 * in place of that card (updateActivity). Before answering the turn yields once, so that the typing indicator
 * the application schedules can go out when the answer is slow to come.
 */
import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import { CardFactory, MessageFactory, type TurnContext } from '@microsoft/agents-hosting';
import { handleChatMessage, type Message } from '../../app/handle-message.js';
import type { Reply } from '../../core/answer/reply.js';
import type { Runtime } from '../../runtime.js';
import type { ConversationRefs } from '../store/conversation-refs.js';
import type { FeedbackStore } from '../store/feedback-store.js';
import type { RecentAnswers } from './recent-answers.js';
import { digestTarget } from './references.js';
import { type AdaptiveCard, renderReplyCard } from './render-card.js';

export interface TeamsDeps {
  runtime: Runtime;
  refs: ConversationRefs;
  feedback: FeedbackStore;
  answers: RecentAnswers;
}

/** Where the answer goes: a new message, or in place of the card a button was pressed on (its message id). */
export type Delivery = { kind: 'new' } | { kind: 'replace'; messageId: string };

export const NEW_MESSAGE: Delivery = { kind: 'new' };

export function conversationOf(activity: Activity): string {
  return `teams:${activity.conversation?.id ?? ''}`;
}

export function userOf(activity: Activity): Message['user'] {
  const from = activity.from;
  const id = from?.aadObjectId ?? from?.id;
  if (!id) return undefined;
  return { id, ...(from?.name ? { name: from.name } : {}) };
}

/** A message carrying one card; `summary` is what notifications and chat lists show. */
export function cardMessage(card: AdaptiveCard, summary: string): Activity {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  message.type = ActivityTypes.Message;
  const line = summary.split('\n')[0]?.trim();
  if (line) message.summary = line.slice(0, 200);
  return message;
}

export async function answerInTurn(ctx: TurnContext, deps: TeamsDeps, text: string, to = NEW_MESSAGE) {
  // A timer, not setImmediate: a typing timer already due fires first, and the reply then waits for it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const activity = ctx.activity;
  const user = userOf(activity);
  const message: Message = {
    conversation: conversationOf(activity),
    text,
    ...(user ? { user } : {}),
    target: digestTarget(activity),
  };
  const { reply } = await handleChatMessage(message, deps.runtime.handle);
  await sendReply(ctx, deps, text, reply, to);
}

export async function sendReply(ctx: TurnContext, deps: TeamsDeps, question: string, reply: Reply, to = NEW_MESSAGE) {
  const key = deps.answers.remember({ question, reply, conversation: conversationOf(ctx.activity) });
  const message = cardMessage(renderReplyCard(reply, { answerKey: key, question }), reply.text);
  message.channelData = { feedbackLoopEnabled: true };
  if (to.kind === 'replace') {
    await replaceCard(ctx, deps, message, to.messageId);
    deps.answers.link(to.messageId, key);
    return;
  }
  const sent = await ctx.sendActivity(message);
  if (sent?.id) deps.answers.link(sent.id, key);
}

/** Puts `message` in place of the one with this id; if Teams refuses (too old, deleted), sends it anew. */
export async function replaceCard(ctx: TurnContext, deps: TeamsDeps, message: Activity, messageId: string) {
  try {
    await ctx.updateActivity(Activity.fromObject({ ...message, id: messageId }));
  } catch (error) {
    deps.runtime.logger.warn({ err: error, messageId }, 'Teams: could not update the card; sending it anew');
    await ctx.sendActivity(message);
  }
}
