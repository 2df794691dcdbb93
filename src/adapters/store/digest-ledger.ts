/**
 * The digest ledger in SQLite: one row per (subscription, period). A digest is claimed before it is posted and
 * marked sent or failed after, so a restart never posts it again. Claims are conditional writes in IMMEDIATE
 * transactions, so two instances sharing the database file never both win; a claim whose lease ran out (its
 * instance died) can be taken over, and the taker is told it resumes someone else's attempt.
 */
import type { Claim, DigestLedger, LedgerRow } from '../../app/run-digests.js';
import type { Db } from './database.js';

interface Row {
  subscription_id: string;
  period: string;
  state: LedgerRow['state'];
  attempts: number;
  claimed_by: string | null;
  lease_until: string | null;
  due_at: string;
  message_id: string | null;
  error: string | null;
  reported: number;
  updated_at: string;
}

export class SqliteDigestLedger implements DigestLedger {
  constructor(private readonly db: Db) {}

  get(subscriptionId: string, period: string): LedgerRow | undefined {
    const row = this.db
      .prepare('SELECT * FROM digest_ledger WHERE subscription_id = ? AND period = ?')
      .get(subscriptionId, period) as Row | undefined;
    return row ? toLedgerRow(row) : undefined;
  }

  claim(subscriptionId: string, period: string, owner: string, dueAt: string, now: Date, leaseMs: number): Claim {
    const at = now.toISOString();
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    const take = this.db.transaction((): Claim => {
      const inserted = this.db
        .prepare(
          `INSERT INTO digest_ledger (subscription_id, period, state, attempts, claimed_by, lease_until, due_at,
             created_at, updated_at)
           VALUES (?, ?, 'claimed', 0, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        )
        .run(subscriptionId, period, owner, lease, dueAt, at, at);
      if (inserted.changes === 1) return { claimed: true, resumed: false, attempts: 0 };
      const taken = this.db
        .prepare(
          `UPDATE digest_ledger SET claimed_by = ?, lease_until = ?, updated_at = ?
           WHERE subscription_id = ? AND period = ? AND state = 'claimed' AND (lease_until <= ? OR claimed_by = ?)`,
        )
        .run(owner, lease, at, subscriptionId, period, at, owner);
      if (taken.changes !== 1) return { claimed: false, resumed: false, attempts: 0 };
      const attempts = this.get(subscriptionId, period)?.attempts ?? 0;
      return { claimed: true, resumed: true, attempts };
    });
    return take.immediate();
  }

  startAttempt(subscriptionId: string, period: string, owner: string, now: Date, leaseMs: number): boolean {
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    return (
      this.db
        .prepare(
          `UPDATE digest_ledger SET attempts = attempts + 1, lease_until = ?, updated_at = ?
           WHERE subscription_id = ? AND period = ? AND state = 'claimed' AND claimed_by = ?`,
        )
        .run(lease, now.toISOString(), subscriptionId, period, owner).changes === 1
    );
  }

  markSent(subscriptionId: string, period: string, owner: string, messageId: string, now: Date): boolean {
    return this.finish(subscriptionId, period, owner, now, 'sent', { message_id: messageId, error: null });
  }

  markFailed(subscriptionId: string, period: string, owner: string, error: string, now: Date): boolean {
    return this.finish(subscriptionId, period, owner, now, 'failed', { message_id: null, error });
  }

  unreportedFailures(subscriptionId: string): LedgerRow[] {
    const rows = this.db
      .prepare(
        "SELECT * FROM digest_ledger WHERE subscription_id = ? AND state = 'failed' AND reported = 0 ORDER BY period",
      )
      .all(subscriptionId) as Row[];
    return rows.map(toLedgerRow);
  }

  markReported(subscriptionId: string, periods: readonly string[]): void {
    const mark = this.db.prepare('UPDATE digest_ledger SET reported = 1 WHERE subscription_id = ? AND period = ?');
    this.db.transaction(() => {
      for (const period of periods) mark.run(subscriptionId, period);
    })();
  }

  recent(subscriptionId: string, limit: number): LedgerRow[] {
    const rows = this.db
      .prepare('SELECT * FROM digest_ledger WHERE subscription_id = ? ORDER BY period DESC LIMIT ?')
      .all(subscriptionId, limit) as Row[];
    return rows.map(toLedgerRow);
  }

  private finish(
    subscriptionId: string,
    period: string,
    owner: string,
    now: Date,
    state: 'sent' | 'failed',
    values: { message_id: string | null; error: string | null },
  ): boolean {
    return (
      this.db
        .prepare(
          `UPDATE digest_ledger SET state = ?, message_id = ?, error = ?, lease_until = NULL, updated_at = ?
           WHERE subscription_id = ? AND period = ? AND state = 'claimed' AND claimed_by = ?`,
        )
        .run(state, values.message_id, values.error, now.toISOString(), subscriptionId, period, owner).changes === 1
    );
  }
}

function toLedgerRow(row: Row): LedgerRow {
  return {
    subscriptionId: row.subscription_id,
    period: row.period,
    state: row.state,
    attempts: row.attempts,
    ...(row.claimed_by ? { claimedBy: row.claimed_by } : {}),
    ...(row.lease_until ? { leaseUntil: row.lease_until } : {}),
    dueAt: row.due_at,
    ...(row.message_id ? { messageId: row.message_id } : {}),
    ...(row.error ? { error: row.error } : {}),
    reported: row.reported === 1,
    updatedAt: row.updated_at,
  };
}
