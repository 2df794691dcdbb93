/**
 * The store's one view of its database, whichever engine is behind it: SQLite in DATA_DIR (the embedded default) or
 * PostgreSQL (DATABASE_URL, for several replicas). Statements are written once, with `?` placeholders, in the SQL
 * both engines speak; the few places where they differ ask `engine`. Every call is a single statement, so each is
 * atomic on its own on either engine; only one-off commands (an import) hold a transaction across awaits.
 */
export type Engine = 'sqlite' | 'postgres';

export interface StoreHealth {
  ok: boolean;
  problem?: string;
}

export interface Db {
  readonly engine: Engine;
  /** The rows a statement returns (a SELECT, or a write with RETURNING). */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a write; resolves to how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /**
   * Work that must land whole or not at all (an import). For one-off commands: on SQLite the one connection is
   * in the transaction meanwhile, so nothing else may use this Db until it ends.
   */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  /** Whether the store takes writes now (for /healthz). */
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

/** `?` → `$1, $2, …` for PostgreSQL, leaving quoted text and identifiers alone. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  let out = '';
  let quote: string | undefined;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      n += 1;
      out += `$${n}`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** `?, ?, ?` for an IN list of `count` values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
