/**
 * Teams' 👍/👎 under an answer (turned on by channelData.feedbackLoopEnabled) arrives as the invoke
 * "message/submitAction" naming the rated message in replyToId. The rating is stored with the question, answer and
 * intent remembered for that message, and the invoke is answered explicitly: without an invokeResponse the SDK
 * answers 501 and Teams shows an error.
 */
import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { replyText } from '../../core/answer/reply.js';
import { conversationOf, type TeamsDeps, userOf } from './answer-turn.js';

const FeedbackSchema = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({ reaction: z.enum(['like', 'dislike']) }),
});

export function isFeedbackInvoke(activity: Activity): boolean {
  return (
    activity.type === ActivityTypes.Invoke &&
    activity.name === 'message/submitAction' &&
    FeedbackSchema.safeParse(activity.value).success
  );
}

export async function onFeedback(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const activity = ctx.activity;
  const parsed = FeedbackSchema.parse(activity.value);
  const rated = deps.answers.byMessage(activity.replyToId);
  const userId = userOf(activity)?.id;
  await deps.feedback.record({
    platform: 'teams',
    conversation: conversationOf(activity),
    ...(userId ? { userId } : {}),
    rating: parsed.actionValue.reaction === 'like' ? 'up' : 'down',
    question: rated?.question ?? '',
    answer: rated ? replyText(rated.reply) : '',
    ...(rated ? { intent: rated.reply.intent } : {}),
    at: deps.runtime.handle.now().toISOString(),
  });
  await ctx.sendActivity(Activity.fromObject({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: {} } }));
}
