/**
 * The digest ledger as the application sees it: one row per (subscription, period), claimed before anything is
 * posted and marked sent or failed after. A digest may be posted as several parts; the row keeps the digest as
 * first composed and the ids of the parts posted so far, so a resumed claim posts exactly the missing parts.
 */
import type { Digest } from '../core/digest/digest.js';

export interface LedgerRow {
  subscriptionId: string;
  period: string;
  state: 'claimed' | 'sent' | 'failed';
  /** Attempts at the part being posted (the whole digest when it is one message). */
  attempts: number;
  claimedBy?: string;
  leaseUntil?: string;
  dueAt: string;
  /** When the first attempt began: a platform's history is read from here when the outcome is unknown. */
  firstAttemptAt?: string;
  /** The first part's message id, once the whole set is posted. */
  messageId?: string;
  /** The platform ids of the parts posted so far, in order. */
  posted: string[];
  /** The digest as composed for the first attempt, so that a resumed set is split into the same parts. */
  digest?: Digest;
  /** The latest attempt may have reached the platform: it began and no answer said it failed. */
  inDoubt: boolean;
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
  get(subscriptionId: string, period: string): Promise<LedgerRow | undefined>;
  claim(
    subscriptionId: string,
    period: string,
    owner: string,
    dueAt: string,
    now: Date,
    leaseMs: number,
  ): Promise<Claim>;
  /** Counts an attempt (before posting), in doubt until told otherwise, and extends the lease; false when not ours. */
  startAttempt(subscriptionId: string, period: string, owner: string, now: Date, leaseMs: number): Promise<boolean>;
  /** The platform answered that the attempt under way failed, so it posted nothing. */
  attemptFailed(subscriptionId: string, period: string, owner: string): Promise<boolean>;
  /** Keeps the composed digest with the claim, unless one is kept already. */
  keepDigest(subscriptionId: string, period: string, owner: string, digest: Digest): Promise<boolean>;
  /** Records one posted part of a set (not the last); the next part's attempts count from zero. */
  markPart(subscriptionId: string, period: string, owner: string, messageId: string, now: Date): Promise<boolean>;
  /** Records the last (or only) part and the digest as sent. */
  markSent(subscriptionId: string, period: string, owner: string, messageId: string, now: Date): Promise<boolean>;
  markFailed(subscriptionId: string, period: string, owner: string, error: string, now: Date): Promise<boolean>;
  /** Ends the lease now (shutdown, a deferred check), so any instance may resume the claim at its next tick. */
  release(subscriptionId: string, period: string, owner: string, now: Date): Promise<boolean>;
  unreportedFailures(subscriptionId: string): Promise<LedgerRow[]>;
  markReported(subscriptionId: string, periods: readonly string[]): Promise<void>;
  recent(subscriptionId: string, limit: number): Promise<LedgerRow[]>;
  /** The latest period this subscription has in the ledger, in any state (ISO weeks sort as text). */
  latestPeriod(subscriptionId: string): Promise<string | undefined>;
}
