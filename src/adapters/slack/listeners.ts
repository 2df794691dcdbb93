/**
 * Everything the Bolt app does with what arrives, in order: count the work under way (so that stopping waits for
 * answers being posted), drop channel messages that are not questions (unread, unrecorded), drop events already
 * handled, log what no listener caught, then the listeners.
 */
import type { App } from '@slack/bolt';
import { ProcessedEvents } from '../store/processed-events.js';
import { dedupeEvents } from './dedupe-events.js';
import { registerActions } from './on-actions.js';
import { registerCommand } from './on-command.js';
import { registerEvents } from './on-events.js';
import { registerFileShared } from './on-file-shared.js';
import type { SlackContext } from './slack-context.js';
import { onlyQuestions } from './thread-follow-ups.js';

export interface InFlight {
  /** Resolves once the work under way has finished (successfully or not). */
  settled(): Promise<void>;
}

export function installListeners(app: App, ctx: SlackContext): InFlight {
  const inFlight = new Set<Promise<void>>();
  app.use(async ({ next }) => {
    const work = next();
    inFlight.add(work);
    await work.finally(() => inFlight.delete(work));
  });
  app.use(onlyQuestions(ctx.threads, ctx.teamId));
  app.use(dedupeEvents(new ProcessedEvents(ctx.runtime.db), ctx.clock, ctx.logger));
  app.error(async (error) => {
    ctx.logger.error({ err: error }, 'slack: unhandled error');
  });
  registerEvents(app, ctx);
  registerFileShared(app, ctx);
  registerCommand(app, ctx);
  registerActions(app, ctx);
  return {
    settled: async () => {
      await Promise.allSettled([...inFlight]);
    },
  };
}
