/**
 * The store on PostgreSQL (DATABASE_URL), shared by every replica: a connection pool, the schema migrated at open
 * under an advisory lock (postgres-migrate.ts), and a health check that a write could begin. A server that cannot be
 * reached, refuses the credentials or is read-only stops start-up with a StoreError naming the host, never the
 * password.
 */
import pg from 'pg';
import { migratePostgres } from './postgres-migrate.js';
import { type Db, numberedPlaceholders, type StoreHealth } from './sql.js';
import { StoreError } from './store-health.js';

/** Waits this long for a connection before a query fails, rather than hanging a request. */
const CONNECT_TIMEOUT_MS = 10_000;

/** Statements through a pool (any free connection) or through one client (inside a transaction). */
class Statements {
  readonly engine = 'postgres' as const;

  constructor(private readonly through: pg.Pool | pg.PoolClient) {}

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.through.query(numberedPlaceholders(sql), [...params]);
    return result.rows as T[];
  }

  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    const result = await this.through.query(numberedPlaceholders(sql), [...params]);
    return result.rowCount ?? 0;
  }
}

/** The Db a transaction's work gets: its statements stay on the transaction's connection. */
class InTransaction extends Statements implements Db {
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    return work(this);
  }

  async health(): Promise<StoreHealth> {
    return { ok: true };
  }

  async close(): Promise<void> {}
}

export class PostgresDb extends Statements implements Db {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(new InTransaction(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async health(): Promise<StoreHealth> {
    try {
      const row = await this.get<{ read_only: string; recovery: boolean }>(
        "SELECT current_setting('transaction_read_only') AS read_only, pg_is_in_recovery() AS recovery",
      );
      if (row?.read_only === 'on' || row?.recovery) return { ok: false, problem: 'the database is read-only' };
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: `the database cannot be reached: ${(error as Error).message}` };
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Connects, checks that writes are possible, and migrates; throws StoreError with what to do. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<PostgresDb> {
  const where = describeUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'darba-grupas-asistents',
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = new PostgresDb(pool);
  try {
    const health = await db.health();
    if (!health.ok) throw new Error(health.problem);
    await migratePostgres(db);
    return db;
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError(
      `the PostgreSQL store at ${where} could not be opened (${(error as Error).message}): check DATABASE_URL and that the server accepts connections and writes`,
    );
  }
}

/** host:port/database, without the user or password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
