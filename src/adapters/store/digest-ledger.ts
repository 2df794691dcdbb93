/**
 * The digest ledger in SQLite: one row per (subscription, period). A digest is claimed before it is posted and
 * marked sent or failed after, so a restart never posts it again. Claims are conditional writes in IMMEDIATE
 * transactions, so two instances sharing the database file never both win; a claim whose lease ran out (its
 * instance died or let it go) can be taken over, and the taker is told it resumes an earlier attempt. A digest
 * posted in parts keeps each part's id as it goes, with the digest itself, so a resumed set posts only the rest.
 */
import type { Claim, DigestLedger, LedgerRow } from '../../app/ledger-port.js';
import type { Digest } from '../../core/digest/digest.js';
import type { Db } from './database.js';

interface Row {
  subscription_id: string;
  period: string;
  state: LedgerRow['state'];
  attempts: number;
  claimed_by: string | null;
  lease_until: string | null;
  due_at: string;
  first_attempt_at: string | null;
  message_id: string | null;
  posted: string;
  digest: string | null;
  in_doubt: number;
  error: string | null;
  reported: number;
  updated_at: string;
}

/** Only our own claim may change: the row is still claimed, by this owner. */
const OURS = "subscription_id = ? AND period = ? AND state = 'claimed' AND claimed_by = ?";

export class SqliteDigestLedger implements DigestLedger {
  constructor(private readonly db: Db) {}

  async get(subscriptionId: string, period: string): Promise<LedgerRow | undefined> {
    const row = this.db
      .prepare('SELECT * FROM digest_ledger WHERE subscription_id = ? AND period = ?')
      .get(subscriptionId, period) as Row | undefined;
    return row ? toLedgerRow(row) : undefined;
  }

  async claim(
    subscriptionId: string,
    period: string,
    owner: string,
    dueAt: string,
    now: Date,
    leaseMs: number,
  ): Promise<Claim> {
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
      const row = this.db
        .prepare('SELECT attempts FROM digest_ledger WHERE subscription_id = ? AND period = ?')
        .get(subscriptionId, period) as Pick<Row, 'attempts'> | undefined;
      const attempts = row?.attempts ?? 0;
      return { claimed: true, resumed: true, attempts };
    });
    return take.immediate();
  }

  async startAttempt(
    subscriptionId: string,
    period: string,
    owner: string,
    now: Date,
    leaseMs: number,
  ): Promise<boolean> {
    const at = now.toISOString();
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    return this.change(
      `attempts = attempts + 1, in_doubt = 1, lease_until = ?, first_attempt_at = COALESCE(first_attempt_at, ?),
       updated_at = ?`,
      [lease, at, at],
      [subscriptionId, period, owner],
    );
  }

  async attemptFailed(subscriptionId: string, period: string, owner: string): Promise<boolean> {
    return this.change('in_doubt = 0', [], [subscriptionId, period, owner]);
  }

  async keepDigest(subscriptionId: string, period: string, owner: string, digest: Digest): Promise<boolean> {
    return this.change('digest = COALESCE(digest, ?)', [JSON.stringify(digest)], [subscriptionId, period, owner]);
  }

  async markPart(
    subscriptionId: string,
    period: string,
    owner: string,
    messageId: string,
    now: Date,
  ): Promise<boolean> {
    return this.change(
      `posted = json_insert(posted, '$[#]', ?), attempts = 0, in_doubt = 0, updated_at = ?`,
      [messageId, now.toISOString()],
      [subscriptionId, period, owner],
    );
  }

  async markSent(
    subscriptionId: string,
    period: string,
    owner: string,
    messageId: string,
    now: Date,
  ): Promise<boolean> {
    return this.change(
      `state = 'sent', posted = json_insert(posted, '$[#]', ?), message_id = COALESCE(posted ->> '$[0]', ?),
       in_doubt = 0, error = NULL, lease_until = NULL, updated_at = ?`,
      [messageId, messageId, now.toISOString()],
      [subscriptionId, period, owner],
    );
  }

  async markFailed(subscriptionId: string, period: string, owner: string, error: string, now: Date): Promise<boolean> {
    return this.change(
      `state = 'failed', error = ?, lease_until = NULL, updated_at = ?`,
      [error, now.toISOString()],
      [subscriptionId, period, owner],
    );
  }

  async release(subscriptionId: string, period: string, owner: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    return this.change('lease_until = ?, updated_at = ?', [at, at], [subscriptionId, period, owner]);
  }

  async unreportedFailures(subscriptionId: string): Promise<LedgerRow[]> {
    const rows = this.db
      .prepare(
        "SELECT * FROM digest_ledger WHERE subscription_id = ? AND state = 'failed' AND reported = 0 ORDER BY period",
      )
      .all(subscriptionId) as Row[];
    return rows.map(toLedgerRow);
  }

  async markReported(subscriptionId: string, periods: readonly string[]): Promise<void> {
    const mark = this.db.prepare('UPDATE digest_ledger SET reported = 1 WHERE subscription_id = ? AND period = ?');
    this.db.transaction(() => {
      for (const period of periods) mark.run(subscriptionId, period);
    })();
  }

  async recent(subscriptionId: string, limit: number): Promise<LedgerRow[]> {
    const rows = this.db
      .prepare('SELECT * FROM digest_ledger WHERE subscription_id = ? ORDER BY period DESC LIMIT ?')
      .all(subscriptionId, limit) as Row[];
    return rows.map(toLedgerRow);
  }

  async latestPeriod(subscriptionId: string): Promise<string | undefined> {
    const row = this.db
      .prepare('SELECT max(period) AS period FROM digest_ledger WHERE subscription_id = ?')
      .get(subscriptionId) as { period: string | null };
    return row.period ?? undefined;
  }

  /** One conditional UPDATE of our own claim; true when it applied. */
  private change(set: string, values: unknown[], key: [string, string, string]): boolean {
    return this.db.prepare(`UPDATE digest_ledger SET ${set} WHERE ${OURS}`).run(...values, ...key).changes === 1;
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
    ...(row.first_attempt_at ? { firstAttemptAt: row.first_attempt_at } : {}),
    ...(row.message_id ? { messageId: row.message_id } : {}),
    posted: JSON.parse(row.posted) as string[], // why: written only by json_insert above
    // why: written only by keepDigest, from a Digest this code composed
    ...(row.digest ? { digest: JSON.parse(row.digest) as Digest } : {}),
    inDoubt: row.in_doubt === 1,
    ...(row.error ? { error: row.error } : {}),
    reported: row.reported === 1,
    updatedAt: row.updated_at,
  };
}
