/**
 * Delivers one claimed digest: composed once and kept in the ledger, split into the parts its platform takes,
 * and posted part by part, each recorded as it goes. Before posting a part whose earlier attempt may have
 * reached the platform (a claim resumed after a crash or a deferral, a failed or timed-out call), the platform is
 * asked whether it is there; when it cannot say, nothing is posted and the claim is released for a later tick.
 * Platform errors are retried with backoff, honouring a 429's wait; after the last attempt the failure is logged,
 * alerted, and noted in the subscription's next digest.
 */
import { rigaStamp } from '../core/deadlines/riga-instant.js';
import type { Digest } from '../core/digest/digest.js';
import { failureNotice } from '../core/digest/digest-words.js';
import type { Subscription } from '../core/digest/subscription.js';
import { bounded, DEFAULT_CALL_TIMEOUT_MS, pause } from './bounded-call.js';
import type { Claim } from './ledger-port.js';
import { type DigestMark, type Messenger, PlatformError } from './ports.js';
import type { RunDeps, RunResult } from './run-digests.js';

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 5_000, maxDelayMs: 5 * 60_000 };
/** Longer than all retries of one digest together, so a live instance never loses its claim mid-way. */
export const DEFAULT_LEASE_MS = 20 * 60_000;

interface Delivery {
  sub: Subscription;
  period: string;
  messenger: Messenger;
  deps: RunDeps;
  parts: Digest[];
}

type Posted = { messageId: string; found: boolean };
type Earlier = { found: string } | 'absent' | 'unknown' | 'unsearchable';

const UNSEARCHABLE =
  'an earlier attempt may have posted it, and this platform cannot check its channel, so it was not posted again';

export async function deliver(sub: Subscription, period: string, claim: Claim, deps: RunDeps): Promise<RunResult> {
  const messenger = deps.messengers.find((m) => m.platform === sub.target.platform);
  if (!messenger) return fail({ sub, period, deps }, `no ${sub.target.platform} messenger is configured`);
  const row = await deps.ledger.get(sub.id, period);
  const reported = await deps.ledger.unreportedFailures(sub.id);
  const digest = row?.digest ?? (await compose(sub, period, reported, deps));
  const parts = messenger.split?.(digest) ?? [digest];
  const d: Delivery = { sub, period, messenger, deps, parts };
  const ids = [...(row?.posted ?? [])];
  let found = false;
  for (let i = ids.length; i < parts.length; i++) {
    const first = i === (row?.posted.length ?? 0);
    const prior = first ? (row?.attempts ?? 0) : 0;
    const posted = await resumeOrPost(d, i, prior, claim.resumed && first, row?.inDoubt ?? false);
    if ('outcome' in posted) return posted;
    if (!(await record(d, i, posted.messageId))) return held(d);
    ids.push(posted.messageId);
    found = posted.found;
  }
  await deps.ledger.markReported(
    sub.id,
    reported.map((r) => r.period),
  );
  const result = { subscriptionId: sub.id, period, outcome: found ? 'found' : 'sent', messageId: ids[0] } as const;
  deps.log.info({ ...result, parts: parts.length }, 'digest posted');
  return result;
}

async function compose(
  sub: Subscription,
  period: string,
  reported: { dueAt: string; error?: string }[],
  deps: RunDeps,
) {
  const notices = reported.map((r) =>
    failureNotice(rigaStamp(new Date(r.dueAt)).slice(0, 10), r.error ?? '?', sub.language),
  );
  const digest = await deps.compose(sub, deps.clock(), period, notices);
  await deps.ledger.keepDigest(sub.id, period, deps.owner, digest);
  return digest;
}

/**
 * A part an earlier attempt may have posted is looked for first; otherwise it is posted. On a platform that can be
 * searched, any earlier attempt is checked (an error answer does not prove the post was not stored); on one that
 * cannot, only an attempt still in doubt stops it.
 */
async function resumeOrPost(d: Delivery, index: number, prior: number, resumed: boolean, inDoubt: boolean) {
  if (!resumed || prior === 0) return postPart(d, index, prior);
  if (!d.messenger.findPosted && !inDoubt) return postPart(d, index, prior);
  const earlier = await earlierPost(d, index);
  if (earlier === 'unknown') return defer(d, 'the check for an earlier post failed');
  if (earlier === 'unsearchable') return fail(d, UNSEARCHABLE);
  if (earlier !== 'absent') return { messageId: earlier.found, found: true };
  return postPart(d, index, prior);
}

async function postPart(d: Delivery, index: number, prior: number): Promise<Posted | RunResult> {
  const { sub, period, messenger, deps } = d;
  const policy = deps.retry ?? DEFAULT_RETRY;
  for (let n = prior + 1; ; n++) {
    if (deps.signal?.aborted) return defer(d, 'shutting down');
    if (n > policy.maxAttempts) return fail(d, 'no attempts left after an uncertain failure');
    const lease = deps.leaseMs ?? DEFAULT_LEASE_MS;
    if (!(await deps.ledger.startAttempt(sub.id, period, deps.owner, deps.clock(), lease))) return held(d);
    try {
      const part = d.parts[index] as Digest; // why: index < parts.length by the caller's loop
      const { messageId } = await call(d, 'posting the digest', () =>
        messenger.postDigest(sub.target, part, markOf(d, index)),
      );
      return { messageId, found: false };
    } catch (error) {
      deps.log.warn({ err: error, subscription: sub.id, period, part: index + 1, attempt: n }, 'digest post failed');
      if (deps.signal?.aborted) return defer(d, 'shutting down');
      const retryable = !(error instanceof PlatformError) || error.retryable;
      const uncertain = error instanceof PlatformError && error.uncertain;
      if (!uncertain) await deps.ledger.attemptFailed(sub.id, period, deps.owner);
      if (uncertain && !messenger.findPosted) return fail(d, `${UNSEARCHABLE} (${message(error)})`);
      if (!retryable) return fail(d, message(error));
      if (n >= policy.maxAttempts) return uncertain ? defer(d, message(error)) : fail(d, message(error));
      if (await pause(delayFor(error, n, policy), deps.sleep, deps.signal)) return defer(d, 'shutting down');
      const earlier = await earlierPost(d, index);
      if (earlier === 'unknown') return defer(d, 'the check for an earlier post failed');
      if (typeof earlier === 'object') return { messageId: earlier.found, found: true };
    }
  }
}

/** The message id of an earlier post, 'absent', 'unknown' (the check failed), or 'unsearchable'. */
async function earlierPost(d: Delivery, index: number): Promise<Earlier> {
  const { sub, period, messenger, deps } = d;
  const find = messenger.findPosted?.bind(messenger);
  if (!find) return 'unsearchable';
  const row = await deps.ledger.get(sub.id, period);
  const since = new Date(row?.firstAttemptAt ?? row?.dueAt ?? deps.clock().toISOString());
  try {
    const found = await call(d, 'checking for an earlier post', () => find(sub.target, markOf(d, index), since));
    return found ? { found } : 'absent';
  } catch (error) {
    deps.log.warn({ err: error, subscription: sub.id, period }, 'could not check for an earlier post');
    return 'unknown';
  }
}

function call<T>(d: Delivery, what: string, work: () => Promise<T>): Promise<T> {
  const { deps } = d;
  const bounds = {
    timeoutMs: deps.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
    ...(deps.signal ? { signal: deps.signal } : {}),
  };
  return bounded(work, `${what} to ${d.sub.target.platform}:${d.sub.target.id}`, bounds);
}

function markOf(d: Delivery, index: number): DigestMark {
  const mark = { subscriptionId: d.sub.id, period: d.period };
  return d.parts.length > 1 ? { ...mark, part: index + 1, parts: d.parts.length } : mark;
}

function record(d: Delivery, index: number, messageId: string): Promise<boolean> {
  const { sub, period, deps } = d;
  if (index < d.parts.length - 1) return deps.ledger.markPart(sub.id, period, deps.owner, messageId, deps.clock());
  return deps.ledger.markSent(sub.id, period, deps.owner, messageId, deps.clock());
}

/** A 429's Retry-After when given, else exponential backoff from the base, capped. */
export function delayFor(error: unknown, attempt: number, policy: RetryPolicy): number {
  if (error instanceof PlatformError && error.retryAfterMs !== undefined)
    return Math.min(Math.max(error.retryAfterMs, 0), policy.maxDelayMs);
  return Math.min(policy.baseDelayMs * 4 ** (attempt - 1), policy.maxDelayMs);
}

function held(d: Pick<Delivery, 'sub' | 'period'>): RunResult {
  return { subscriptionId: d.sub.id, period: d.period, outcome: 'held-elsewhere' };
}

/** Nothing posted on an unknown: the claim is let go, so the next tick (here or elsewhere) tries again. */
async function defer(d: Delivery, why: string): Promise<RunResult> {
  const { sub, period, deps } = d;
  await deps.ledger.release(sub.id, period, deps.owner, deps.clock());
  deps.log.warn({ subscription: sub.id, period, why }, 'digest deferred');
  return { subscriptionId: sub.id, period, outcome: 'deferred' };
}

async function fail(d: Pick<Delivery, 'sub' | 'period' | 'deps'>, error: string): Promise<RunResult> {
  const { sub, period, deps } = d;
  await deps.ledger.markFailed(sub.id, period, deps.owner, error, deps.clock());
  deps.log.error({ subscription: sub.id, period, target: sub.target, error }, 'digest not posted');
  deps.alert?.({ subscription: sub, period, error });
  return { subscriptionId: sub.id, period, outcome: 'failed', error };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
