/** Pending confirmations of destructive digest commands in SQLite; using one is a single conditional UPDATE. */
import type { ConfirmationRepo, Pending, PendingAction } from '../../app/commands/confirmations.js';
import type { Db } from './database.js';

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
    this.db
      .prepare(
        'INSERT INTO confirmations (token, conversation, user_id, action, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(p.token, p.conversation, p.userId ?? null, JSON.stringify(p.action), p.createdAt, p.expiresAt);
  }

  async get(token: string): Promise<(Pending & { usedAt?: string }) | undefined> {
    const row = this.db.prepare('SELECT * FROM confirmations WHERE token = ?').get(token) as Row | undefined;
    return row ? toPending(row) : undefined;
  }

  async latest(conversation: string, now: Date): Promise<Pending | undefined> {
    const row = this.db
      .prepare(
        `SELECT * FROM confirmations WHERE conversation = ? AND used_at IS NULL AND expires_at >= ?
         ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      )
      .get(conversation, now.toISOString()) as Row | undefined;
    return row ? toPending(row) : undefined;
  }

  async use(token: string, now: Date): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE confirmations SET used_at = ? WHERE token = ? AND used_at IS NULL')
      .run(now.toISOString(), token);
    return result.changes === 1;
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
