/**
 * Sends the digests that are due, exactly once each. For every subscription: the latest slot whose time has
 * come (catch-up after downtime included), skipped when the ledger has it sent or failed; otherwise claimed in
 * the ledger, posted, and recorded. A claim taken over from a dead instance first asks the platform whether the
 * digest is already there (findPosted). Platform errors are retried with backoff, honouring a 429's wait; after
 * the last attempt the failure is logged, alerted, and noted in the subscription's next digest.
 */

import { rigaInstant, rigaStamp } from '../core/deadlines/riga-instant.js';
import type { Digest } from '../core/digest/digest.js';
import { failureNotice } from '../core/digest/digest-words.js';
import { latestDueSlot, type Slot } from '../core/digest/schedule.js';
import type { Subscription } from '../core/digest/subscription.js';
import { LATVIA, type WorkingDays } from '../core/digest/working-days.js';
import { type DigestMark, type Messenger, PlatformError } from './ports.js';
import type { SubscriptionRepo } from './subscriptions.js';

export interface LedgerRow {
  subscriptionId: string;
  period: string;
  state: 'claimed' | 'sent' | 'failed';
  attempts: number;
  claimedBy?: string;
  leaseUntil?: string;
  dueAt: string;
  messageId?: string;
  error?: string;
  /** Whether a later digest has told the channel about this failure. */
  reported: boolean;
  updatedAt: string;
}

export interface Claim {
  claimed: boolean;
  /** The claim was taken over from an instance whose lease ran out (it may have posted before dying). */
  resumed: boolean;
  attempts: number;
}

export interface DigestLedger {
  get(subscriptionId: string, period: string): LedgerRow | undefined;
  claim(subscriptionId: string, period: string, owner: string, dueAt: string, now: Date, leaseMs: number): Claim;
  /** Counts an attempt (before posting) and extends the lease; false when the claim is no longer ours. */
  startAttempt(subscriptionId: string, period: string, owner: string, now: Date, leaseMs: number): boolean;
  markSent(subscriptionId: string, period: string, owner: string, messageId: string, now: Date): boolean;
  markFailed(subscriptionId: string, period: string, owner: string, error: string, now: Date): boolean;
  unreportedFailures(subscriptionId: string): LedgerRow[];
  markReported(subscriptionId: string, periods: readonly string[]): void;
  recent(subscriptionId: string, limit: number): LedgerRow[];
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 5_000, maxDelayMs: 5 * 60_000 };
/** Longer than all retries of one digest together, so a live instance never loses its claim mid-way. */
export const DEFAULT_LEASE_MS = 20 * 60_000;

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
  compose: (subscription: Subscription, now: Date, period: string, notices: string[]) => Digest;
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
}

export type Outcome = 'sent' | 'found' | 'failed' | 'not-due' | 'done-before' | 'held-elsewhere' | 'deferred';

export interface RunResult {
  subscriptionId: string;
  period?: string;
  outcome: Outcome;
  messageId?: string;
  error?: string;
}

export async function runDigests(now: Date, deps: RunDeps): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (const subscription of deps.subscriptions.all()) {
    try {
      results.push(await runOne(subscription, now, deps));
    } catch (error) {
      // One subscription's bug (a broken row, a compose error) must not stop the others' digests.
      deps.log.error({ err: error, subscription: subscription.id }, 'digest run failed');
      results.push({ subscriptionId: subscription.id, outcome: 'deferred', error: message(error) });
    }
  }
  return results;
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
  const row = deps.ledger.get(sub.id, slot.period);
  if (row && row.state !== 'claimed') return { ...base, outcome: 'done-before' };
  const dueAt = rigaInstant(slot.date, sub.schedule.hour, sub.schedule.minute).toISOString();
  const claim = deps.ledger.claim(sub.id, slot.period, deps.owner, dueAt, now, leaseOf(deps));
  if (!claim.claimed) return { ...base, outcome: 'held-elsewhere' };
  return deliver(sub, slot.period, claim, deps);
}

async function deliver(sub: Subscription, period: string, claim: Claim, deps: RunDeps): Promise<RunResult> {
  const mark: DigestMark = { subscriptionId: sub.id, period };
  const messenger = deps.messengers.find((m) => m.platform === sub.target.platform);
  if (!messenger) return fail(sub, period, `no ${sub.target.platform} messenger is configured`, deps);
  if (claim.resumed && claim.attempts > 0) {
    const earlier = await earlierPost(messenger, sub, mark, deps);
    if (earlier === 'unknown') return { subscriptionId: sub.id, period, outcome: 'deferred' };
    if (earlier === 'unsearchable') return fail(sub, period, UNSEARCHABLE, deps);
    if (earlier !== 'absent') return recordFound(sub, period, earlier, deps);
  }
  const reported = deps.ledger.unreportedFailures(sub.id);
  const notices = reported.map((r) =>
    failureNotice(rigaStamp(new Date(r.dueAt)).slice(0, 10), r.error ?? '?', sub.language),
  );
  const digest = deps.compose(sub, deps.clock(), period, notices);
  return attempt(
    sub,
    digest,
    mark,
    messenger,
    deps,
    reported.map((r) => r.period),
  );
}

const UNSEARCHABLE =
  'an earlier attempt may have posted it, and this platform cannot check its channel, so it was not posted again';

/** The message id of an earlier post, 'absent', 'unknown' (the check failed), or 'unsearchable'. */
async function earlierPost(messenger: Messenger, sub: Subscription, mark: DigestMark, deps: RunDeps) {
  if (!messenger.findPosted) return 'unsearchable' as const;
  try {
    return (await messenger.findPosted(sub.target, mark)) ?? ('absent' as const);
  } catch (error) {
    deps.log.warn({ err: error, subscription: sub.id, period: mark.period }, 'could not check for an earlier post');
    return 'unknown' as const;
  }
}

async function attempt(
  sub: Subscription,
  digest: Digest,
  mark: DigestMark,
  messenger: Messenger,
  deps: RunDeps,
  reported: string[],
): Promise<RunResult> {
  const policy = deps.retry ?? DEFAULT_RETRY;
  for (let n = 1; ; n++) {
    if (!deps.ledger.startAttempt(sub.id, mark.period, deps.owner, deps.clock(), leaseOf(deps)))
      return { subscriptionId: sub.id, period: mark.period, outcome: 'held-elsewhere' };
    try {
      const { messageId } = await messenger.postDigest(sub.target, digest, mark);
      deps.ledger.markReported(sub.id, reported);
      return recordSent(sub, mark.period, messageId, 'sent', deps);
    } catch (error) {
      const retryable = !(error instanceof PlatformError) || error.retryable;
      deps.log.warn({ err: error, subscription: sub.id, period: mark.period, attempt: n }, 'digest post failed');
      if (!retryable || n >= policy.maxAttempts) return fail(sub, mark.period, message(error), deps);
      await deps.sleep(delayFor(error, n, policy));
      const earlier = await earlierPost(messenger, sub, mark, deps);
      if (earlier !== 'absent' && earlier !== 'unknown' && earlier !== 'unsearchable') {
        deps.ledger.markReported(sub.id, reported);
        return recordFound(sub, mark.period, earlier, deps);
      }
    }
  }
}

/** A 429's Retry-After when given, else exponential backoff from the base, capped. */
export function delayFor(error: unknown, attempt: number, policy: RetryPolicy): number {
  if (error instanceof PlatformError && error.retryAfterMs !== undefined)
    return Math.min(Math.max(error.retryAfterMs, 0), policy.maxDelayMs);
  return Math.min(policy.baseDelayMs * 4 ** (attempt - 1), policy.maxDelayMs);
}

function recordSent(sub: Subscription, period: string, messageId: string, outcome: Outcome, deps: RunDeps) {
  deps.ledger.markSent(sub.id, period, deps.owner, messageId, deps.clock());
  deps.log.info({ subscription: sub.id, period, messageId, outcome }, 'digest posted');
  return { subscriptionId: sub.id, period, outcome, messageId };
}

function recordFound(sub: Subscription, period: string, messageId: string, deps: RunDeps): RunResult {
  return recordSent(sub, period, messageId, 'found', deps);
}

function fail(sub: Subscription, period: string, error: string, deps: RunDeps): RunResult {
  deps.ledger.markFailed(sub.id, period, deps.owner, error, deps.clock());
  deps.log.error({ subscription: sub.id, period, target: sub.target, error }, 'digest not posted');
  deps.alert?.({ subscription: sub, period, error });
  return { subscriptionId: sub.id, period, outcome: 'failed', error };
}

function leaseOf(deps: RunDeps): number {
  return deps.leaseMs ?? DEFAULT_LEASE_MS;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
