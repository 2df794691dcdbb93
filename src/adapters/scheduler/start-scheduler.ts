/**
 * Starts the digest scheduler (digest-scheduler.ts) over the runtime's stores and messengers, unless
 * DIGESTS_DISABLED. The ledger makes a second instance on the same database, or a restart, harmless.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { alertAdmins } from '../../app/alert-admins.js';
import type { RunResult } from '../../app/run-digests.js';
import { adminSet } from '../../app/subscriptions.js';
import type { Runtime, Started } from '../../runtime.js';
import { type SchedulerDeps, startDigestScheduler, type Ticker } from './digest-scheduler.js';
import { tickHealth } from './tick-health.js';

export async function startScheduler(runtime: Runtime, ticker?: Ticker): Promise<Started | undefined> {
  const { config, logger, services } = runtime;
  if (!services) return undefined;
  if (config.DIGESTS_DISABLED) {
    logger.info('digest scheduler off (DIGESTS_DISABLED)');
    return undefined;
  }
  const log: SchedulerDeps['log'] = {
    info: (obj, msg) => logger.info(obj, msg),
    warn: (obj, msg) => logger.warn(obj, msg),
    error: (obj, msg) => logger.error(obj, msg),
  };
  const admins = adminSet(config.ADMIN_USERS);
  const scheduler = startDigestScheduler(
    {
      subscriptions: services.subscriptions,
      ledger: services.ledger,
      messengers: runtime.messengers,
      // Read at each digest: a swap of the engine (a document added) replaces the composer.
      compose: (...args) => services.compose(...args),
      owner: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
      log,
      clock: runtime.handle.now,
      callTimeoutMs: config.DIGEST_TIMEOUT_MS,
      alert: (failure) =>
        void alertAdmins(failure, { admins, messengers: runtime.messengers, ledger: services.ledger, log }),
      onResults: (results) => {
        runtime.http.health.digests = tickHealth(runtime.handle.now(), results);
        report(results, runtime);
      },
      onFailure: (error) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        runtime.http.health.digests = tickHealth(runtime.handle.now(), failure);
      },
    },
    ticker,
  );
  logger.info({ subscriptions: (await services.subscriptions.all()).length }, 'digest scheduler started');
  return { name: 'scheduler', stop: () => scheduler.stop() };
}

function report(results: RunResult[], runtime: Runtime): void {
  const acted = results.filter((r) => !['not-due', 'done-before', 'busy'].includes(r.outcome));
  if (acted.length > 0) runtime.logger.info({ results: acted }, 'digest tick');
}
