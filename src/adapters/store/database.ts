/**
 * The embedded store: SQLite through better-sqlite3 in DATA_DIR, in WAL mode with full sync, so that whatever the
 * process acknowledged to a user survives it being killed. Migrations run in order at open, each in a transaction.
 * An existing file is checked first (store-health.ts): a used store is never silently replaced.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';
import { checkExistingFile, checkOpened, StoreError } from './store-health.js';

export type Db = Database.Database;
export { StoreError };

export const DATABASE_FILE = 'assistant.sqlite';

export function databaseFile(dataDir: string): string {
  return join(resolve(dataDir), DATABASE_FILE);
}

export function openDatabase(dataDir: string): Db {
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
  let db: Db | undefined;
  try {
    db = new Database(file, { fileMustExist: existed });
    checkOpened(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      `${file} could not be opened (${(error as Error).message}): restore it from a backup, or move it away to start with an empty store`,
    );
  }
}

/** An in-memory database with the same schema, for tests and one-off commands. */
export function openMemoryDatabase(): Db {
  const db = new Database(':memory:');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    db
      .prepare('SELECT id FROM migrations')
      .all()
      .map((r) => (r as { id: number }).id),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(
        migration.id,
        migration.name,
        new Date().toISOString(),
      );
    })();
  }
}
