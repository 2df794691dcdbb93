/**
 * The weekly digest scheduler: a node-cron tick every minute (Europe/Riga) runs the digests that are due, and
 * one tick at start-up catches up on any missed while the process was down. Ticks never overlap; the ledger makes
 * a second instance on the same database, or a restart, harmless. DIGESTS_DISABLED leaves it off.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import cron from 'node-cron';
import { alertAdmins } from '../../app/alert-admins.js';
import { type RunDeps, type RunResult, runDigests } from '../../app/run-digests.js';
import { adminSet } from '../../app/subscriptions.js';
import type { Runtime, Started } from '../../runtime.js';
import { tickHealth } from './tick-health.js';

export const TICK = '* * * * *';

export async function startScheduler(runtime: Runtime): Promise<Started | undefined> {
  const { config, logger, services } = runtime;
  if (!services) return undefined;
  if (config.DIGESTS_DISABLED) {
    logger.info('digest scheduler off (DIGESTS_DISABLED)');
    return undefined;
  }
  const deps: RunDeps = {
    subscriptions: services.subscriptions,
    ledger: services.ledger,
    messengers: runtime.messengers,
    compose: services.compose,
    owner: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
    log: {
      info: (obj, msg) => logger.info(obj, msg),
      warn: (obj, msg) => logger.warn(obj, msg),
      error: (obj, msg) => logger.error(obj, msg),
    },
    clock: runtime.handle.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
  const admins = adminSet(config.ADMIN_USERS);
  deps.alert = (failure) =>
    void alertAdmins(failure, { admins, messengers: runtime.messengers, ledger: services.ledger, log: deps.log });
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return running;
    const at = runtime.handle.now();
    running = runDigests(at, deps)
      .then((results) => {
        runtime.http.health.digests = tickHealth(at, results);
        report(results, runtime);
      })
      .catch((error: unknown) => {
        runtime.http.health.digests = tickHealth(at, error instanceof Error ? error : new Error(String(error)));
        logger.error({ err: error }, 'digest tick failed');
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const task = cron.schedule(TICK, () => tick(), { timezone: 'Europe/Riga', name: 'digests', noOverlap: true });
  void tick();
  logger.info({ subscriptions: services.subscriptions.all().length }, 'digest scheduler started');
  return {
    name: 'scheduler',
    stop: async () => {
      await task.stop();
      await running;
    },
  };
}

function report(results: RunResult[], runtime: Runtime): void {
  const acted = results.filter((r) => r.outcome !== 'not-due' && r.outcome !== 'done-before');
  if (acted.length > 0) runtime.logger.info({ results: acted }, 'digest tick');
}
