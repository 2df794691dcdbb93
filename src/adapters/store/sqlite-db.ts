/**
 * The store on SQLite through better-sqlite3: every call runs at once on the one connection (the promise only
 * carries the result), so each statement is atomic against other processes sharing the file. Statements are
 * prepared once and kept.
 */
import type Database from 'better-sqlite3';
import type { Db, StoreHealth } from './sql.js';
import { storeHealth, writeProblem } from './store-health.js';

export class SqliteDb implements Db {
  readonly engine = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();

  /** `file` is the database file, checked by health(); none for an in-memory database. */
  constructor(
    readonly raw: Database.Database,
    private readonly file?: string,
  ) {}

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const statement = this.prepared(sql);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  }

  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    const statement = this.prepared(sql);
    if (statement.reader) return statement.get(...params) as T | undefined;
    statement.run(...params);
    return undefined;
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return this.prepared(sql).run(...params).changes;
  }

  async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    this.raw.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(this);
      this.raw.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
      throw error;
    }
  }

  async health(): Promise<StoreHealth> {
    if (this.file) return storeHealth(this.raw, this.file);
    if (!this.raw.open) return { ok: false, problem: 'the store is closed' };
    const problem = writeProblem(this.raw);
    return problem ? { ok: false, problem: `writes fail: ${problem}` } : { ok: true };
  }

  async close(): Promise<void> {
    this.raw.close();
  }

  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.raw.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
