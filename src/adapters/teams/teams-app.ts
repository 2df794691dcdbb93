/**
 * The Agents SDK application: the adapter built from an explicit AuthConfiguration (anonymous for local use when
 * it has no client id), and the routes. Routes are function selectors, not app.adaptiveCards, whose zod schema
 * rejects plain Action.Submit data. No storage: the conversation state lives in the shared ConversationStore.
 * A message turn shows Teams' typing indicator once its answer has taken longer than a moment.
 */
import { ActivityTypes } from '@microsoft/agents-activity';
import { AgentApplication, type AuthConfiguration, CloudAdapter, type TurnState } from '@microsoft/agents-hosting';
import type { Config } from '../../config.js';
import type { TeamsDeps } from './answer-turn.js';
import { cardWords } from './card-words.js';
import { isFeedbackInvoke, onFeedback } from './on-feedback.js';
import { onConversationUpdate, onInstallationUpdate } from './on-membership.js';
import { onMessage } from './on-message.js';

/**
 * Every value given, undefined included: the SDK merges its own reading of process.env (taken at import) under
 * what it is passed, so a gap here could be filled by a stray variable.
 */
export function teamsAuthConfig(config: Config): AuthConfiguration {
  return {
    clientId: config.TEAMS_CLIENT_ID,
    clientSecret: config.TEAMS_CLIENT_SECRET,
    tenantId: config.TEAMS_TENANT_ID,
  };
}

/** How long an answer may take before Teams shows "typing…"; then every 4 s until it is out. */
export const TYPING_DELAY_MS = 1000;

export function createTeamsApp(auth: AuthConfiguration, deps: TeamsDeps, typingDelayMs = TYPING_DELAY_MS) {
  const adapter = new CloudAdapter(auth);
  const app = new AgentApplication<TurnState>({
    adapter,
    removeRecipientMention: true,
    // The SDK's timer: message turns only, stopped by the first message sent and at the end of the turn.
    startTypingTimer: true,
    typing: { initialDelayMs: typingDelayMs, intervalMs: 4000 },
  });
  app.addRoute(
    async (ctx) => isFeedbackInvoke(ctx.activity),
    (ctx) => onFeedback(ctx, deps),
    true,
  );
  app.onActivity(ActivityTypes.Message, (ctx) => onMessage(ctx, deps));
  app.onActivity(ActivityTypes.ConversationUpdate, (ctx) => onConversationUpdate(ctx, deps));
  app.onActivity(ActivityTypes.InstallationUpdate, (ctx) => onInstallationUpdate(ctx, deps));
  app.onError(async (ctx, error) => {
    deps.runtime.logger.error({ err: error, activity: ctx.activity.type }, 'Teams turn failed');
    // Only a message is answered with an apology; an invoke gets the SDK's error status instead.
    if (ctx.activity.type !== ActivityTypes.Message) return;
    await ctx
      .sendActivity(`${cardWords('lv').error}\n\n${cardWords('en').error}`)
      .catch((e: unknown) => deps.runtime.logger.warn({ err: e }, 'Teams apology not sent'));
  });
  return app;
}
