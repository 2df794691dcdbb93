/**
 * Answering in a turn: the text goes through handleMessage with the conversation "teams:<conversation id>", and the
 * Reply goes back as an Adaptive Card in reply to the activity (so in a channel it lands in the thread), with
 * Teams' 👍/👎 feedback buttons turned on for it.
 */
import { type Activity, ActivityTypes } from '@microsoft/agents-activity';
import { CardFactory, MessageFactory, type TurnContext } from '@microsoft/agents-hosting';
import { handleMessage, type Message } from '../../app/handle-message.js';
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

export async function answerInTurn(ctx: TurnContext, deps: TeamsDeps, text: string): Promise<void> {
  const activity = ctx.activity;
  const user = userOf(activity);
  const message: Message = {
    conversation: conversationOf(activity),
    text,
    ...(user ? { user } : {}),
    target: digestTarget(activity),
  };
  const { reply } = handleMessage(message, deps.runtime.handle);
  await sendReply(ctx, deps, text, reply);
}

export async function sendReply(ctx: TurnContext, deps: TeamsDeps, question: string, reply: Reply): Promise<void> {
  const key = deps.answers.remember({ question, reply, conversation: conversationOf(ctx.activity) });
  const message = cardMessage(renderReplyCard(reply, { answerKey: key, question }), reply.text);
  message.channelData = { feedbackLoopEnabled: true };
  const sent = await ctx.sendActivity(message);
  if (sent?.id) deps.answers.link(sent.id, key);
}
