/**
 * Slack retries an event it thinks went unacknowledged (x-slack-retry-num), and a Socket Mode reconnect can
 * deliver one twice. Each event id is recorded in the store (`slack:<event_id>`) before it is handled; one seen
 * before is acknowledged (Bolt already did) and dropped, whatever the retry headers say. Old keys are pruned.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../log/logger.js';
import type { ProcessedEvents } from '../store/processed-events.js';

/** Retries come within minutes; a day of keys is plenty. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

function eventIdOf(body: AnyMiddlewareArgs['body']): string | undefined {
  const id = 'event_id' in body ? body.event_id : undefined;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

export function dedupeEvents(
  events: ProcessedEvents,
  clock: () => number,
  logger: Logger,
): Middleware<AnyMiddlewareArgs> {
  let prunedAt = 0;
  return async ({ body, next }) => {
    const id = eventIdOf(body);
    if (id === undefined) return next();
    const now = clock();
    if (now - prunedAt > PRUNE_EVERY_MS) {
      await events.prune(new Date(now - KEEP_MS).toISOString(), 'slack:');
      prunedAt = now;
    }
    if (!(await events.firstTime(`slack:${id}`, new Date(now).toISOString()))) {
      logger.info({ eventId: id }, 'slack: event already handled, ignored');
      return;
    }
    await next();
  };
}
