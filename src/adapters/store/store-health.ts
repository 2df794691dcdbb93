/**
 * Whether the store can be trusted with writes: at start-up (the file is not empty, is writable, is a database and
 * passes a quick integrity check) and on each /healthz (a write can begin). Every refusal names the file and says
 * what to do, so a supervisor's log tells the operator instead of a restart loop.
 */
import { accessSync, constants, statSync } from 'node:fs';
import type Database from 'better-sqlite3';

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

const RESTORE = 'restore it from a backup, or move it away to start with an empty store';

/** Before opening a file that is already there: an empty or read-only file is refused, never replaced. */
export function checkExistingFile(file: string): void {
  if (statSync(file).size === 0) {
    throw new StoreError(
      `${file} is empty (0 bytes), so it holds no store; if it was used before, ${RESTORE}; if it is new, delete it`,
    );
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new StoreError(
      `${file} is not writable by this process: fix its owner or permissions (it must be readable and writable), or set DATA_DIR elsewhere`,
    );
  }
}

/** After opening: a database at all, intact, and writable. */
export function checkOpened(db: Database.Database, file: string): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check', { simple: true });
  } catch (error) {
    throw new StoreError(`${file} is not a readable SQLite database (${(error as Error).message}): ${RESTORE}`);
  }
  if (result !== 'ok') {
    throw new StoreError(`${file} failed its integrity check (${String(result).slice(0, 200)}): ${RESTORE}`);
  }
  const problem = writeProblem(db);
  if (problem) throw new StoreError(`${file} cannot be written (${problem}): fix the file's permissions or disk`);
}

/** Begins a write and rolls it back: undefined when the store takes writes, else why not. */
export function writeProblem(db: Database.Database): string | undefined {
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('CREATE TABLE IF NOT EXISTS store_write_probe (x INTEGER)');
    db.exec('ROLLBACK');
    return undefined;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    return (error as Error).message;
  }
}

/** For /healthz: the store file still writable and a write can begin. */
export function storeHealth(db: Database.Database, file: string): { ok: boolean; problem?: string } {
  try {
    accessSync(file, constants.W_OK);
  } catch {
    return { ok: false, problem: 'the database file is not writable' };
  }
  if (!db.open) return { ok: false, problem: 'the store is closed' };
  const problem = writeProblem(db);
  return problem ? { ok: false, problem: `writes fail: ${problem}` } : { ok: true };
}
