/**
 * Conversation references: where the bot can post a digest later. A Teams channel thread's conversation id ends in
 * ";messageid=<root>"; the reference kept for the channel drops that suffix and the activity id, so a digest starts
 * a new post in the channel instead of replying in some old thread. The key is "teams:<conversation id>".
 */
import type { Activity, ConversationReference } from '@microsoft/agents-activity';
import { z } from 'zod';
import type { DigestTarget } from '../../app/ports.js';
import type { ConversationRefs } from '../store/conversation-refs.js';

const Named = z.object({ id: z.string().optional(), name: z.string().optional() });
const ChannelDataSchema = z.object({ team: Named.optional(), channel: Named.optional() });

/** The conversation a reference posts into: the channel for a channel thread, else the conversation itself. */
export function postingConversationId(conversationId: string): string {
  return conversationId.replace(/;messageid=.*$/, '');
}

export function referenceKey(activity: Activity): string {
  return `teams:${postingConversationId(activity.conversation?.id ?? '')}`;
}

/** "Team / Channel" in a team, the chat's name in a group chat, the person's name in a personal chat. */
export function referenceLabel(activity: Activity): string | undefined {
  const data = ChannelDataSchema.safeParse(activity.channelData ?? {});
  const team = data.success ? data.data.team?.name : undefined;
  const channel = data.success ? data.data.channel?.name : undefined;
  if (team || channel) return [team, channel].filter(Boolean).join(' / ');
  if (activity.conversation?.name) return activity.conversation.name;
  return activity.conversation?.conversationType === 'personal' ? activity.from?.name : undefined;
}

export function digestTarget(activity: Activity): DigestTarget {
  const label = referenceLabel(activity);
  return { platform: 'teams', id: referenceKey(activity), ...(label ? { label } : {}) };
}

export async function saveReference(refs: ConversationRefs, activity: Activity, at: Date): Promise<void> {
  const reference: ConversationReference = activity.getConversationReference();
  const conversation = reference.conversation;
  const stored = {
    ...reference,
    activityId: undefined,
    conversation: { ...conversation, id: postingConversationId(conversation.id) },
  };
  const key = referenceKey(activity);
  // Message activities often lack the team's and channel's names that the installation event carried: keep them.
  const label = referenceLabel(activity) ?? (await refs.get(key))?.label;
  await refs.save({
    key,
    platform: 'teams',
    reference: JSON.stringify(stored),
    ...(label ? { label } : {}),
    updatedAt: at.toISOString(),
  });
}

export async function removeReference(refs: ConversationRefs, activity: Activity): Promise<void> {
  await refs.remove(referenceKey(activity));
}
