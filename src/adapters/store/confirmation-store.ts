/** Pending confirmations of destructive digest commands; using one is a single conditional UPDATE, on any replica. */
import type { ConfirmationRepo, Pending, PendingAction } from '../../app/commands/confirmations.js';
import type { Db } from './sql.js';

interface Row {
  token: string;
  conversation: string;
  user_id: string | null;
  action: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export class ConfirmationStore implements ConfirmationRepo {
  constructor(private readonly db: Db) {}

  async create(p: Pending): Promise<void> {
    await this.db.run(
      'INSERT INTO confirmations (token, conversation, user_id, action, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      [p.token, p.conversation, p.userId ?? null, JSON.stringify(p.action), p.createdAt, p.expiresAt],
    );
  }

  async get(token: string): Promise<(Pending & { usedAt?: string }) | undefined> {
    const row = await this.db.get<Row>('SELECT * FROM confirmations WHERE token = ?', [token]);
    return row ? toPending(row) : undefined;
  }

  /** Ties in time go to the later insert (rowid: SQLite's own, a column of that name on PostgreSQL). */
  async latest(conversation: string, now: Date): Promise<Pending | undefined> {
    const row = await this.db.get<Row>(
      `SELECT * FROM confirmations WHERE conversation = ? AND used_at IS NULL AND expires_at >= ?
       ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      [conversation, now.toISOString()],
    );
    return row ? toPending(row) : undefined;
  }

  async use(token: string, now: Date): Promise<boolean> {
    const changed = await this.db.run('UPDATE confirmations SET used_at = ? WHERE token = ? AND used_at IS NULL', [
      now.toISOString(),
      token,
    ]);
    return changed === 1;
  }
}

function toPending(row: Row): Pending & { usedAt?: string } {
  return {
    token: row.token,
    conversation: row.conversation,
    ...(row.user_id ? { userId: row.user_id } : {}),
    action: JSON.parse(row.action) as PendingAction,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    ...(row.used_at ? { usedAt: row.used_at } : {}),
  };
}
