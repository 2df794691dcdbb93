/**
 * Sends the digests that are due, exactly once each, decided from the time given and the ledger alone (so a tick
 * that comes late, early or after a clock jump still does the right thing). For every subscription: the latest
 * slot whose time has come (catch-up after downtime included, only the latest week), skipped when the ledger has
 * it finished or already holds a later week (a clock set back never re-sends, nor sends weeks out of order);
 * otherwise claimed and delivered (deliver-digest.ts). Channels run in independent lanes with bounded concurrency.
 */
import { rigaInstant, rigaStamp } from '../core/deadlines/riga-instant.js';
import type { Digest } from '../core/digest/digest.js';
import { latestDueSlot, type Slot } from '../core/digest/schedule.js';
import type { Subscription } from '../core/digest/subscription.js';
import { LATVIA, type WorkingDays } from '../core/digest/working-days.js';
import { DEFAULT_LEASE_MS, deliver, type RetryPolicy } from './deliver-digest.js';
import { DigestLanes } from './digest-lanes.js';
import type { DigestLedger } from './ledger-port.js';
import type { Messenger } from './ports.js';
import type { SubscriptionRepo } from './subscriptions.js';

export { DEFAULT_LEASE_MS, DEFAULT_RETRY, delayFor, type RetryPolicy } from './deliver-digest.js';
export type { Claim, DigestLedger, LedgerRow } from './ledger-port.js';

/** Channels delivered at the same time. */
export const DEFAULT_CONCURRENCY = 4;

export interface DigestLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface DigestFailure {
  subscription: Subscription;
  period: string;
  error: string;
}

export interface RunDeps {
  subscriptions: Pick<SubscriptionRepo, 'all'>;
  ledger: DigestLedger;
  messengers: readonly Messenger[];
  compose: (subscription: Subscription, now: Date, period: string, notices: string[]) => Promise<Digest>;
  /** This instance's name in the ledger's claims. */
  owner: string;
  log: DigestLog;
  /** The current time, read again after every wait. */
  clock: () => Date;
  sleep: (ms: number) => Promise<void>;
  retry?: RetryPolicy;
  leaseMs?: number;
  calendar?: WorkingDays;
  /** Tells the admins a digest failed for good (the platform adapters may DM them); logging happens anyway. */
  alert?: (failure: DigestFailure) => void;
  /** The bound on every platform call (DIGEST_TIMEOUT_MS). */
  callTimeoutMs?: number;
  /** Shutdown: no new attempt starts, waits end, calls under way get a short grace, claims are released. */
  signal?: AbortSignal;
  /** Shared by the ticks of one scheduler, so a lane still busy from an earlier tick is skipped. */
  lanes?: DigestLanes;
}

export type Outcome = 'sent' | 'found' | 'failed' | 'not-due' | 'done-before' | 'held-elsewhere' | 'deferred' | 'busy';

export interface RunResult {
  subscriptionId: string;
  period?: string;
  outcome: Outcome;
  messageId?: string;
  error?: string;
}

export async function runDigests(now: Date, deps: RunDeps): Promise<RunResult[]> {
  const lanes = deps.lanes ?? new DigestLanes(DEFAULT_CONCURRENCY);
  const subscriptions = await deps.subscriptions.all();
  const byLane = new Map<string, Subscription[]>();
  for (const sub of subscriptions) {
    const lane = `${sub.target.platform}:${sub.target.id}`;
    byLane.set(lane, [...(byLane.get(lane) ?? []), sub]);
  }
  const results = new Map<string, RunResult>();
  const runs = [...byLane].map(async ([lane, subs]) => {
    const run = lanes.run(lane, async () => {
      for (const sub of subs) results.set(sub.id, await runGuarded(sub, now, deps));
    });
    if (run) await run;
    else for (const sub of subs) results.set(sub.id, { subscriptionId: sub.id, outcome: 'busy' });
  });
  await Promise.all(runs);
  return subscriptions.flatMap((s) => results.get(s.id) ?? []);
}

async function runGuarded(sub: Subscription, now: Date, deps: RunDeps): Promise<RunResult> {
  try {
    return await runOne(sub, now, deps);
  } catch (error) {
    // One subscription's bug (a broken row, a compose error) must not stop the others' digests.
    deps.log.error({ err: error, subscription: sub.id }, 'digest run failed');
    return {
      subscriptionId: sub.id,
      outcome: 'deferred',
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The slot to send now, if any: due, and not from before the subscription existed. */
export function slotToSend(subscription: Subscription, now: Date, calendar: WorkingDays = LATVIA): Slot | undefined {
  const slot = latestDueSlot(subscription.schedule, now, calendar);
  if (!slot || slot.at < rigaStamp(new Date(subscription.createdAt))) return undefined;
  return slot;
}

async function runOne(sub: Subscription, now: Date, deps: RunDeps): Promise<RunResult> {
  const slot = slotToSend(sub, now, deps.calendar);
  if (!slot) return { subscriptionId: sub.id, outcome: 'not-due' };
  const base = { subscriptionId: sub.id, period: slot.period };
  const row = await deps.ledger.get(sub.id, slot.period);
  if (row && row.state !== 'claimed') return { ...base, outcome: 'done-before' };
  const latest = await deps.ledger.latestPeriod(sub.id);
  if (!row && latest !== undefined && latest > slot.period) return { ...base, outcome: 'done-before' };
  if (deps.signal?.aborted) return { ...base, outcome: 'deferred' };
  const dueAt = rigaInstant(slot.date, sub.schedule.hour, sub.schedule.minute).toISOString();
  const lease = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const claim = await deps.ledger.claim(sub.id, slot.period, deps.owner, dueAt, now, lease);
  if (!claim.claimed) return { ...base, outcome: 'held-elsewhere' };
  return deliver(sub, slot.period, claim, deps);
}
