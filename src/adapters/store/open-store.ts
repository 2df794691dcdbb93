/**
 * Which engine the store runs on: PostgreSQL when DATABASE_URL is set (one store shared by every replica), else
 * SQLite in DATA_DIR, the embedded default. Nothing outside the store learns which it is.
 */
import { openDatabase } from './database.js';
import { openPostgres } from './postgres-db.js';
import type { Db } from './sql.js';

export async function openStore(config: { DATA_DIR: string; DATABASE_URL?: string | undefined }): Promise<Db> {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openDatabase(config.DATA_DIR);
}
