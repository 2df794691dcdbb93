/**
 * Stopping: SIGTERM and SIGINT run the stop sequence once, and a hard deadline ends the process even if an
 * adapter hangs, well within the 10 s supervisors allow. `npm start` runs the server under a shell, which npm's
 * SIGTERM kills without passing it on; the server then finds itself re-parented and stops as if signalled.
 * Work cut short (a digest mid-send) stays claimed in the ledger and is resumed by the next start.
 */
import type { Logger } from './adapters/log/logger.js';

export const STOP_DEADLINE_MS = 8000;
const PARENT_CHECK_MS = 500;

export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const parent = process.ppid;
  const run = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    setTimeout(() => {
      logger.error({ reason, deadlineMs: STOP_DEADLINE_MS }, 'shutdown took too long; exiting');
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => run('SIGTERM'));
  process.on('SIGINT', () => run('SIGINT'));
  const watch = setInterval(() => {
    if (process.ppid !== parent) run('parent process exited');
  }, PARENT_CHECK_MS);
  watch.unref();
}
