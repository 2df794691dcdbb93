/**
 * Migrations on PostgreSQL: the whole run is one transaction holding an advisory lock, so replicas that start at
 * once take turns; the second finds every migration applied and changes nothing. DDL is transactional here, so a
 * failure leaves the schema as it was.
 */
import { MIGRATIONS } from './migrations/index.js';
import type { PostgresDb } from './postgres-db.js';

/** The lock's key: any constant the replicas share ("darba" in ASCII). */
export const MIGRATION_LOCK = 0x6461726261;

export async function migratePostgres(db: PostgresDb): Promise<number[]> {
  const client = await db.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set((await client.query<{ id: number }>('SELECT id FROM migrations')).rows.map((r) => r.id));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      await client.query(migration.postgres);
      await client.query('INSERT INTO migrations (id, name, applied_at) VALUES ($1, $2, $3)', [
        migration.id,
        migration.name,
        new Date().toISOString(),
      ]);
      applied.push(migration.id);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
