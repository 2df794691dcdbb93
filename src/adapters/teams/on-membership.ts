/**
 * Installation and removal: when the bot is added to a team, a group chat or a personal chat (conversationUpdate
 * with the bot among membersAdded, or installationUpdate "add"), the conversation's reference is saved so that
 * digests can be posted there; when it is removed, the reference goes too.
 */
import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import { answerInTurn, type TeamsDeps } from './answer-turn.js';
import { removeReference, saveReference } from './references.js';

function includesBot(activity: Activity, members: { id?: string }[] | undefined): boolean {
  const bot = activity.recipient?.id;
  return bot !== undefined && (members ?? []).some((m) => m.id === bot);
}

export async function onConversationUpdate(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const activity = ctx.activity;
  if (includesBot(activity, activity.membersRemoved)) await removeReference(deps.refs, activity);
  else if (includesBot(activity, activity.membersAdded))
    await saveReference(deps.refs, activity, deps.runtime.handle.now());
}

export async function onInstallationUpdate(ctx: TurnContext, deps: TeamsDeps): Promise<void> {
  const activity = ctx.activity;
  const action = activity.action ?? '';
  if (action.startsWith('remove')) {
    await removeReference(deps.refs, activity);
    return;
  }
  if (!action.startsWith('add')) return;
  await saveReference(deps.refs, activity, deps.runtime.handle.now());
  // A personal chat opens with what the assistant can do; a team or group chat is not interrupted.
  if (action === 'add' && activity.conversation?.conversationType === 'personal') {
    await answerInTurn(ctx, deps, 'palīdzība');
  }
}
