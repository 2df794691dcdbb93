/**
 * Chat events already handled, by id, so that a platform's retry of the same event is not answered twice. The key is
 * inserted or found in one statement, so when replicas share the store only the first to record it handles it.
 */
import type { Db } from './sql.js';

export class ProcessedEvents {
  constructor(private readonly db: Db) {}

  /** Records the key; true when it was new (handle the event), false when it was seen before (a retry). */
  async firstTime(key: string, at: string): Promise<boolean> {
    const changed = await this.db.run('INSERT INTO processed_events (key, at) VALUES (?, ?) ON CONFLICT DO NOTHING', [
      key,
      at,
    ]);
    return changed === 1;
  }

  /** Drops the keys under `prefix` older than the cutoff (each kind of key has its own lifetime). */
  async prune(before: string, prefix: string): Promise<void> {
    await this.db.run('DELETE FROM processed_events WHERE at < ? AND substr(key, 1, ?) = ?', [
      before,
      prefix.length,
      prefix,
    ]);
  }
}
