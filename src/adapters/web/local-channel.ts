/**
 * The local web channel: where digests go when a subscription's target is `web:local` (the embedded default with
 * no chat platform). "Posting" stores the digest in the local_digests table, which the web page lists; the
 * (subscription, period) key is unique, so the table itself can answer findPosted after a crash.
 */
import type { DigestMark, DigestTarget, LocalChannel, Messenger } from '../../app/ports.js';
import type { Digest } from '../../core/digest/digest.js';
import type { Db } from '../store/sql.js';

/** The one local channel's id: `web:local` in DigestTarget terms. */
export const LOCAL_CHANNEL_ID = 'local';

interface Row {
  id: number | string;
  posted_at: string;
  digest: string;
}

export class LocalDigestChannel implements Messenger, LocalChannel {
  readonly platform = 'web' as const;

  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async postDigest(target: DigestTarget, digest: Digest, mark: DigestMark): Promise<{ messageId: string }> {
    const inserted = await this.db.get<{ id: number | string }>(
      `INSERT INTO local_digests (subscription_id, period, target_id, posted_at, digest) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (subscription_id, period) DO NOTHING RETURNING id`,
      [mark.subscriptionId, mark.period, target.id, this.clock().toISOString(), JSON.stringify(digest)],
    );
    // A second post of the same mark is the same message, never a copy.
    if (!inserted) return { messageId: (await this.findPosted(target, mark)) ?? '' };
    return { messageId: `local-${inserted.id}` };
  }

  async findPosted(_target: DigestTarget, mark: DigestMark): Promise<string | undefined> {
    const row = await this.db.get<{ id: number | string }>(
      'SELECT id FROM local_digests WHERE subscription_id = ? AND period = ?',
      [mark.subscriptionId, mark.period],
    );
    return row ? `local-${row.id}` : undefined;
  }

  /** The latest digests, newest first. */
  async list(limit: number): Promise<{ id: string; postedAt: string; digest: Digest }[]> {
    const rows = await this.db.all<Row>('SELECT id, posted_at, digest FROM local_digests ORDER BY id DESC LIMIT ?', [
      limit,
    ]);
    return rows.map((r) => ({ id: `local-${r.id}`, postedAt: r.posted_at, digest: JSON.parse(r.digest) as Digest }));
  }
}
