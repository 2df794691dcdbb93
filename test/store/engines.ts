/**
 * The engines the store's contract runs on: SQLite on a temporary file, and PostgreSQL on the real server named by
 * TEST_DATABASE_URL (bash scripts/pg-test-cluster.sh starts one). Each store gets a schema of its own on that
 * server, so tests never see each other's rows. Under CI the PostgreSQL side must run: without the URL it fails.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { openDatabase } from '../../src/adapters/store/database.js';
import { openPostgres } from '../../src/adapters/store/postgres-db.js';
import { newSchemaUrl } from '../../src/adapters/store/postgres-schema.js';
import type { Db } from '../../src/adapters/store/sql.js';

export interface EngineUnderTest {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty store; `replica` opens another connection to the same one, as a second process would. */
  fresh(): Promise<{ db: Db; replica: () => Promise<Db> }>;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

const opened: Db[] = [];

/** Closes every store the tests opened (call in afterAll). */
export async function closeAll(): Promise<void> {
  await Promise.all(opened.splice(0).map((db) => db.close().catch(() => {})));
}

const sqlite: EngineUnderTest = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const open = async () => {
      const db = openDatabase(dir);
      opened.push(db);
      return db;
    };
    return { db: await open(), replica: open };
  },
};

/** A URL whose connections use a new schema of their own. */
export const freshSchemaUrl = (url: string) => newSchemaUrl(url, 't');

function postgres(url: string): EngineUnderTest {
  return {
    name: 'postgres',
    async fresh() {
      const schemaUrl = await freshSchemaUrl(url);
      const open = async () => {
        const db = await openPostgres(schemaUrl, { max: 4 });
        opened.push(db);
        return db;
      };
      return { db: await open(), replica: open };
    },
  };
}

/**
 * The engines to run: SQLite always; PostgreSQL when TEST_DATABASE_URL is set. Without it, a CI run gets a failing
 * test saying so (the contract must hold on both there); a developer's run notes the skip.
 */
export function enginesUnderTest(): EngineUnderTest[] {
  if (TEST_DATABASE_URL) return [sqlite, postgres(TEST_DATABASE_URL)];
  if (process.env.CI === 'true') {
    it('runs against PostgreSQL in CI', () => {
      throw new Error(
        'TEST_DATABASE_URL is not set: CI must run the store contract against a real PostgreSQL (bash .ci/run starts one)',
      );
    });
  }
  return [sqlite];
}
