/**
 * Migrations on PostgreSQL: the whole run is one transaction holding an advisory lock, so replicas that start at
 * once take turns; the second finds every migration applied and changes nothing. DDL is transactional here, so a
 * failure leaves the schema as it was.
 */
import { MIGRATIONS } from './migrations/index.js';
import type { Db } from './sql.js';

/** The lock's key: any constant the replicas share ("darba" in ASCII). */
export const MIGRATION_LOCK = 0x6461726261;

export function migratePostgres(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.get('SELECT pg_advisory_xact_lock(CAST(? AS BIGINT)) AS locked', [MIGRATION_LOCK]);
    await tx.run(
      'CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set((await tx.all<{ id: number }>('SELECT id FROM migrations')).map((r) => r.id));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      await tx.run(migration.postgres);
      await tx.run('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)', [
        migration.id,
        migration.name,
        new Date().toISOString(),
      ]);
      applied.push(migration.id);
    }
    return applied;
  });
}
