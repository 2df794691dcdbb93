/**
 * The Slack app, in Socket Mode (SLACK_APP_TOKEN) or over HTTP at /slack/events on the shared server. Checks the
 * bot token with auth.test first, so a wrong token stops start-up with a clear message; then registers the
 * listeners, connects, and adds a SlackMessenger for the digest scheduler. Off when SLACK_BOT_TOKEN is not set.
 */
import { webApi } from '@slack/bolt';
import { platforms } from '../../config.js';
import type { Runtime, Started } from '../../runtime.js';
import { AnsweredThreads } from '../store/answered-threads.js';
import { FeedbackStore } from '../store/feedback-store.js';
import { AnswerMemory } from './answer-memory.js';
import { createBoltApp, type Identity } from './bolt-app.js';
import { boltLogger } from './bolt-logger.js';
import { installListeners } from './listeners.js';
import { toPlatformError } from './platform-error.js';
import { RateLimiter } from './rate-limiter.js';
import type { SlackContext } from './slack-context.js';
import { SlackMessenger } from './slack-messenger.js';

export interface SlackOptions {
  /** How long an answer may take before ⏳ shows; about a second by default. */
  workingDelayMs?: number;
  /** Retries of the answering client's calls; tests pass `{ retries: 0 }`. */
  retryConfig?: webApi.RetryOptions;
  /** Questions per user per window. */
  rateLimit?: { max: number; windowMs: number };
  clock?: () => number;
}

/** A user waits for the answer: a couple of quick retries, not the SDK's default of half an hour. */
const ANSWER_RETRIES: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 };

export async function startSlack(runtime: Runtime, options: SlackOptions = {}): Promise<Started | undefined> {
  const mode = platforms(runtime.config).slack;
  const token = runtime.config.SLACK_BOT_TOKEN;
  if (mode === 'off' || !token) return undefined;
  const sdkLogger = boltLogger(runtime.logger);
  const slackApiUrl = runtime.config.SLACK_API_URL;
  // The digest's client: rate limits come back as errors and nothing is retried, the scheduler decides.
  const digestClient = new webApi.WebClient(token, {
    slackApiUrl,
    logger: sdkLogger,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    // The scheduler bounds each call too; this makes the client drop the request itself.
    timeout: runtime.config.DIGEST_TIMEOUT_MS,
  });
  const identity = await whoAmI(digestClient);
  const ctx = slackContext(runtime, identity, options);
  const clientOptions = { slackApiUrl, retryConfig: options.retryConfig ?? ANSWER_RETRIES };
  const bolt = createBoltApp({ runtime, identity, clientOptions, sdkLogger, logger: ctx.logger });
  const inFlight = installListeners(bolt.app, ctx);
  await bolt.start();
  runtime.messengers.push(new SlackMessenger(digestClient, identity.botId));
  runtime.http.health.slack = { mode, status: 'up' };
  ctx.logger.info({ mode, team: identity.teamId }, 'slack: started');
  return {
    name: 'slack',
    async stop() {
      await bolt.stop();
      // Answers under way finish (their replies are posted) before the store closes.
      await inFlight.settled();
      runtime.http.health.slack = { mode, status: 'stopped' };
    },
  };
}

function slackContext(runtime: Runtime, identity: Identity, options: SlackOptions): SlackContext {
  return {
    runtime,
    logger: runtime.logger.child({ component: 'slack' }),
    memory: new AnswerMemory(),
    limiter: new RateLimiter(options.rateLimit?.max, options.rateLimit?.windowMs),
    feedback: new FeedbackStore(runtime.db),
    threads: new AnsweredThreads(runtime.db),
    workingDelayMs: options.workingDelayMs ?? 1000,
    clock: options.clock ?? Date.now,
    teamId: identity.teamId,
  };
}

async function whoAmI(client: webApi.WebClient): Promise<Identity> {
  try {
    const me = await client.auth.test();
    if (!me.user_id || !me.bot_id) throw new Error('auth.test did not name a bot: is SLACK_BOT_TOKEN a bot token?');
    return { botId: me.bot_id, botUserId: me.user_id, teamId: me.team_id ?? '' };
  } catch (error) {
    const reason = toPlatformError(error, 'auth.test').message;
    throw new Error(`Slack did not accept SLACK_BOT_TOKEN (${reason}); check the token and SLACK_API_URL`);
  }
}
