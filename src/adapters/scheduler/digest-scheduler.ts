/**
 * The weekly digest scheduler: a plain interval (a monotonic timer, so a clock jump neither stalls nor floods it)
 * asks every minute which digests are due, and runDigests decides from the wall clock and the ledger alone; one
 * tick at start-up catches up on any missed while the process was down. Ticks may overlap: the lanes skip a
 * channel whose delivery from an earlier tick is still running. Stopping ends every wait at once, gives calls
 * under way a short grace, and leaves each unfinished claim released for the next start to resume.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { DigestLanes } from '../../app/digest-lanes.js';
import { DEFAULT_CONCURRENCY, type RunDeps, type RunResult, runDigests } from '../../app/run-digests.js';

export const TICK_MS = 60_000;

/** Calls `tick` every `ms` until the returned function is called. */
export type Ticker = (ms: number, tick: () => void) => () => void;

export const intervalTicker: Ticker = (ms, tick) => {
  const timer = setInterval(tick, ms);
  return () => clearInterval(timer);
};

export interface DigestScheduler {
  /** One decision now; resolves when the deliveries it started are done. */
  tick(): Promise<RunResult[]>;
  stop(): Promise<void>;
}

export type SchedulerDeps = Omit<RunDeps, 'lanes' | 'signal' | 'sleep'> & {
  concurrency?: number;
  onResults?: (results: RunResult[]) => void;
  /** A tick that threw (for /healthz); it is logged either way. */
  onFailure?: (error: unknown) => void;
};

export function startDigestScheduler(deps: SchedulerDeps, ticker: Ticker = intervalTicker): DigestScheduler {
  const stopping = new AbortController();
  const lanes = new DigestLanes(deps.concurrency ?? DEFAULT_CONCURRENCY);
  const running = new Set<Promise<RunResult[]>>();
  const run: RunDeps = {
    ...deps,
    lanes,
    signal: stopping.signal,
    sleep: (ms) => delay(ms, undefined, { signal: stopping.signal }).catch(() => undefined),
  };
  const tick = () => {
    if (stopping.signal.aborted) return Promise.resolve([]);
    const now = deps.clock();
    const work = runDigests(now, run)
      .then((results) => {
        deps.onResults?.(results);
        return results;
      })
      .catch((error: unknown) => {
        deps.log.error({ err: error }, 'digest tick failed');
        deps.onFailure?.(error);
        return [];
      })
      .finally(() => running.delete(work));
    running.add(work);
    return work;
  };
  const cancel = ticker(TICK_MS, () => void tick());
  void tick();
  return {
    tick,
    stop: async () => {
      cancel();
      stopping.abort();
      await Promise.all(running);
    },
  };
}
