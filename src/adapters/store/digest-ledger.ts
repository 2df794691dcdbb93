/**
 * The digest ledger: one row per (subscription, period). A digest is claimed before it is posted and marked sent or
 * failed after, so a restart never posts it again. The claim is one conditional upsert, a row-level decision on
 * either engine: it inserts the row, or takes it over only when its lease ran out (its instance died or let it go)
 * or it is already ours; any number of replicas racing for it get exactly one winner, and the taker of an expired
 * claim is told it resumes an earlier attempt. Every later change applies only to our own claim. A digest posted in
 * parts keeps each part's id as it goes, with the digest itself, so a resumed set posts only the rest.
 */
import type { Claim, DigestLedger, LedgerRow } from '../../app/ledger-port.js';
import type { Digest } from '../../core/digest/digest.js';
import { type Db, type Engine, placeholders } from './sql.js';

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

const CLAIM = `INSERT INTO digest_ledger (subscription_id, period, state, attempts, claimed_by, lease_until, due_at,
    created_at, updated_at)
  VALUES (?, ?, 'claimed', 0, ?, ?, ?, ?, ?)
  ON CONFLICT (subscription_id, period) DO UPDATE SET claimed_by = excluded.claimed_by,
    lease_until = excluded.lease_until, updated_at = excluded.updated_at, takeovers = digest_ledger.takeovers + 1
  WHERE digest_ledger.state = 'claimed'
    AND (digest_ledger.lease_until <= excluded.updated_at OR digest_ledger.claimed_by = excluded.claimed_by)
  RETURNING attempts, takeovers`;

/** The posted ids are a JSON array in text: appending one, and reading the first, in each engine's words. */
const JSON_SQL: Record<Engine, { append: string; first: string }> = {
  sqlite: { append: "json_insert(posted, '$[#]', ?)", first: "posted ->> '$[0]'" },
  postgres: { append: '(posted::jsonb || to_jsonb(CAST(? AS TEXT)))::text', first: '(posted::jsonb ->> 0)' },
};

export class SqlDigestLedger implements DigestLedger {
  private readonly json;

  constructor(private readonly db: Db) {
    this.json = JSON_SQL[db.engine];
  }

  async get(subscriptionId: string, period: string): Promise<LedgerRow | undefined> {
    const row = await this.db.get<Row>('SELECT * FROM digest_ledger WHERE subscription_id = ? AND period = ?', [
      subscriptionId,
      period,
    ]);
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
    const won = await this.db.get<{ attempts: number; takeovers: number }>(CLAIM, [
      subscriptionId,
      period,
      owner,
      lease,
      dueAt,
      at,
      at,
    ]);
    if (!won) return { claimed: false, resumed: false, attempts: 0 };
    const resumed = Number(won.takeovers) > 0;
    return { claimed: true, resumed, attempts: resumed ? Number(won.attempts) : 0 };
  }

  startAttempt(subscriptionId: string, period: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    const at = now.toISOString();
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    return this.change(
      `attempts = attempts + 1, in_doubt = 1, lease_until = ?, first_attempt_at = COALESCE(first_attempt_at, ?),
       updated_at = ?`,
      [lease, at, at],
      [subscriptionId, period, owner],
    );
  }

  attemptFailed(subscriptionId: string, period: string, owner: string): Promise<boolean> {
    return this.change('in_doubt = 0', [], [subscriptionId, period, owner]);
  }

  keepDigest(subscriptionId: string, period: string, owner: string, digest: Digest): Promise<boolean> {
    return this.change('digest = COALESCE(digest, ?)', [JSON.stringify(digest)], [subscriptionId, period, owner]);
  }

  markPart(subscriptionId: string, period: string, owner: string, messageId: string, now: Date): Promise<boolean> {
    return this.change(
      `posted = ${this.json.append}, attempts = 0, in_doubt = 0, updated_at = ?`,
      [messageId, now.toISOString()],
      [subscriptionId, period, owner],
    );
  }

  markSent(subscriptionId: string, period: string, owner: string, messageId: string, now: Date): Promise<boolean> {
    return this.change(
      `state = 'sent', posted = ${this.json.append}, message_id = COALESCE(${this.json.first}, ?),
       in_doubt = 0, error = NULL, lease_until = NULL, updated_at = ?`,
      [messageId, messageId, now.toISOString()],
      [subscriptionId, period, owner],
    );
  }

  markFailed(subscriptionId: string, period: string, owner: string, error: string, now: Date): Promise<boolean> {
    return this.change(
      `state = 'failed', error = ?, lease_until = NULL, updated_at = ?`,
      [error, now.toISOString()],
      [subscriptionId, period, owner],
    );
  }

  release(subscriptionId: string, period: string, owner: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    return this.change('lease_until = ?, updated_at = ?', [at, at], [subscriptionId, period, owner]);
  }

  async unreportedFailures(subscriptionId: string): Promise<LedgerRow[]> {
    const rows = await this.db.all<Row>(
      "SELECT * FROM digest_ledger WHERE subscription_id = ? AND state = 'failed' AND reported = 0 ORDER BY period",
      [subscriptionId],
    );
    return rows.map(toLedgerRow);
  }

  async markReported(subscriptionId: string, periods: readonly string[]): Promise<void> {
    if (periods.length === 0) return;
    await this.db.run(
      `UPDATE digest_ledger SET reported = 1 WHERE subscription_id = ? AND period IN (${placeholders(periods.length)})`,
      [subscriptionId, ...periods],
    );
  }

  async recent(subscriptionId: string, limit: number): Promise<LedgerRow[]> {
    const rows = await this.db.all<Row>(
      'SELECT * FROM digest_ledger WHERE subscription_id = ? ORDER BY period DESC LIMIT ?',
      [subscriptionId, limit],
    );
    return rows.map(toLedgerRow);
  }

  async latestPeriod(subscriptionId: string): Promise<string | undefined> {
    const row = await this.db.get<{ period: string | null }>(
      'SELECT max(period) AS period FROM digest_ledger WHERE subscription_id = ?',
      [subscriptionId],
    );
    return row?.period ?? undefined;
  }

  /** One conditional UPDATE of our own claim; true when it applied. */
  private async change(set: string, values: unknown[], key: [string, string, string]): Promise<boolean> {
    return (await this.db.run(`UPDATE digest_ledger SET ${set} WHERE ${OURS}`, [...values, ...key])) === 1;
  }
}

function toLedgerRow(row: Row): LedgerRow {
  return {
    subscriptionId: row.subscription_id,
    period: row.period,
    state: row.state,
    attempts: Number(row.attempts),
    ...(row.claimed_by ? { claimedBy: row.claimed_by } : {}),
    ...(row.lease_until ? { leaseUntil: row.lease_until } : {}),
    dueAt: row.due_at,
    ...(row.first_attempt_at ? { firstAttemptAt: row.first_attempt_at } : {}),
    ...(row.message_id ? { messageId: row.message_id } : {}),
    posted: JSON.parse(row.posted) as string[], // why: written only by the JSON append above
    // why: written only by keepDigest, from a Digest this code composed
    ...(row.digest ? { digest: JSON.parse(row.digest) as Digest } : {}),
    inDoubt: Number(row.in_doubt) === 1,
    ...(row.error ? { error: row.error } : {}),
    reported: Number(row.reported) === 1,
    updatedAt: row.updated_at,
  };
}
