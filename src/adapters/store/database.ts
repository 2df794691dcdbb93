/**
 * The embedded store: SQLite through better-sqlite3 in DATA_DIR, in WAL mode with full sync, so that whatever the
 * process acknowledged to a user survives it being killed. Migrations run in order at open, each in a transaction.
 * An existing file is checked first (store-health.ts): a used store is never silently replaced.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';
import { SqliteDb } from './sqlite-db.js';
import { checkExistingFile, checkOpened, StoreError } from './store-health.js';

export type { Db } from './sql.js';
export { SqliteDb, StoreError };

export const DATABASE_FILE = 'assistant.sqlite';

export function databaseFile(dataDir: string): string {
  return join(resolve(dataDir), DATABASE_FILE);
}

export function openDatabase(dataDir: string): SqliteDb {
  const dir = resolve(dataDir);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new StoreError(
      `DATA_DIR ${dir} is not a writable directory (${(error as Error).message}); set DATA_DIR to one that is`,
    );
  }
  const file = databaseFile(dir);
  const existed = existsSync(file);
  if (existed) checkExistingFile(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: existed });
    checkOpened(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrateSqlite(db);
    return new SqliteDb(db, file);
  } catch (error) {
    db?.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      `${file} could not be opened (${(error as Error).message}): restore it from a backup, or move it away to start with an empty store`,
    );
  }
}

/** An in-memory database with the same schema, for tests and one-off commands. */
export function openMemoryDatabase(): SqliteDb {
  const db = new Database(':memory:');
  migrateSqlite(db);
  return new SqliteDb(db);
}

/** Each migration not yet applied, in order, in its own IMMEDIATE transaction (so two processes take turns). */
export function migrateSqlite(db: Database.Database): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    db.transaction(() => {
      if (db.prepare('SELECT 1 FROM migrations WHERE id = ?').get(migration.id)) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(
        migration.id,
        migration.name,
        new Date().toISOString(),
      );
      applied.push(migration.id);
    }).immediate();
  }
  return applied;
}
