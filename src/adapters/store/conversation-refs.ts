/**
 * Where the bot can post later: Teams can only post into a conversation whose reference it saved when it was
 * installed there or spoken to. References are kept in the store so that a redeploy loses none.
 */
import type { Db } from './sql.js';

export interface StoredReference {
  key: string;
  platform: 'slack' | 'teams' | 'web';
  /** The platform's reference object, as JSON. */
  reference: string;
  label?: string;
  updatedAt: string;
}

export class ConversationRefs {
  constructor(private readonly db: Db) {}

  async save(ref: StoredReference): Promise<void> {
    await this.db.run(
      `INSERT INTO conversation_refs (key, platform, reference, label, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET reference = excluded.reference, label = excluded.label, updated_at = excluded.updated_at`,
      [ref.key, ref.platform, ref.reference, ref.label ?? null, ref.updatedAt],
    );
  }

  async remove(key: string): Promise<void> {
    await this.db.run('DELETE FROM conversation_refs WHERE key = ?', [key]);
  }

  async get(key: string): Promise<StoredReference | undefined> {
    const row = await this.db.get<Row>('SELECT * FROM conversation_refs WHERE key = ?', [key]);
    return row ? toRef(row) : undefined;
  }

  async all(platform?: StoredReference['platform']): Promise<StoredReference[]> {
    const rows = platform
      ? await this.db.all<Row>('SELECT * FROM conversation_refs WHERE platform = ? ORDER BY key', [platform])
      : await this.db.all<Row>('SELECT * FROM conversation_refs ORDER BY key');
    return rows.map(toRef);
  }
}

interface Row {
  key: string;
  platform: StoredReference['platform'];
  reference: string;
  label: string | null;
  updated_at: string;
}

function toRef(row: Row): StoredReference {
  return {
    key: row.key,
    platform: row.platform,
    reference: row.reference,
    ...(row.label ? { label: row.label } : {}),
    updatedAt: row.updated_at,
  };
}
