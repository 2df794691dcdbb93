/** Chat events already handled, by id, so that a platform's retry of the same event is not answered twice. */
import type { Db } from './database.js';

export class ProcessedEvents {
  constructor(private readonly db: Db) {}

  /** Records the key; true when it was new (handle the event), false when it was seen before (a retry). */
  async firstTime(key: string, at: string): Promise<boolean> {
    return this.db.prepare('INSERT OR IGNORE INTO processed_events (key, at) VALUES (?, ?)').run(key, at).changes === 1;
  }

  /** Drops the keys under `prefix` older than the cutoff (each kind of key has its own lifetime). */
  async prune(before: string, prefix: string): Promise<void> {
    this.db
      .prepare('DELETE FROM processed_events WHERE at < ? AND substr(key, 1, length(?)) = ?')
      .run(before, prefix, prefix);
  }
}
