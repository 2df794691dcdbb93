/**
 * The digest ledger's contract on every engine: exactly one claim among many racing replicas, a lease that runs
 * out so another replica resumes a claim whose owner died, and every change bound to the claim's owner. Also the
 * migrations: applying them again changes nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { migrateSqlite, SqliteDb } from '../../src/adapters/store/database.js';
import { SqlDigestLedger } from '../../src/adapters/store/digest-ledger.js';
import { MIGRATIONS } from '../../src/adapters/store/migrations/index.js';
import { openPostgres } from '../../src/adapters/store/postgres-db.js';
import { migratePostgres } from '../../src/adapters/store/postgres-migrate.js';
import type { Db } from '../../src/adapters/store/sql.js';
import { sampleDigest } from '../fixtures/slack/digest.js';
import { closeAll, enginesUnderTest, freshSchemaUrl, TEST_DATABASE_URL } from './engines.js';

afterAll(closeAll);

const MONDAY = new Date('2026-11-23T07:00:00.000Z');
const LEASE = 20 * 60_000;
const later = (ms: number) => new Date(MONDAY.getTime() + ms);
const DUE = MONDAY.toISOString();

for (const engine of enginesUnderTest()) {
  describe(`the digest ledger on ${engine.name}`, () => {
    it('gives a claim to exactly one of many replicas racing for it', async () => {
      const { db, replica } = await engine.fresh();
      const replicas = [db, ...(await Promise.all(Array.from({ length: 7 }, () => replica())))];
      const ledgers = replicas.map((r) => new SqlDigestLedger(r));
      for (const period of ['2026-W48', '2026-W49', '2026-W50']) {
        const claims = await Promise.all(
          ledgers.flatMap((ledger, i) =>
            [0, 1].map((n) => ledger.claim('sub', period, `replica-${i}-${n}`, DUE, MONDAY, LEASE)),
          ),
        );
        expect(claims.filter((c) => c.claimed)).toEqual([{ claimed: true, resumed: false, attempts: 0 }]);
      }
    });

    it('lets another replica resume a claim once its owner died and the lease ran out', async () => {
      const { db, replica } = await engine.fresh();
      const dying = new SqlDigestLedger(db);
      const survivor = new SqlDigestLedger(await replica());
      expect((await dying.claim('sub', 'W48', 'dying', DUE, MONDAY, LEASE)).claimed).toBe(true);
      expect(await dying.startAttempt('sub', 'W48', 'dying', later(1000), LEASE)).toBe(true);
      await db.close();
      expect(await survivor.claim('sub', 'W48', 'survivor', DUE, later(LEASE - 1), LEASE)).toMatchObject({
        claimed: false,
      });
      const resumed = await survivor.claim('sub', 'W48', 'survivor', DUE, later(LEASE + 1000), LEASE);
      expect(resumed).toEqual({ claimed: true, resumed: true, attempts: 1 });
      const row = await survivor.get('sub', 'W48');
      expect(row).toMatchObject({ state: 'claimed', claimedBy: 'survivor', inDoubt: true, attempts: 1 });
      expect(row?.firstAttemptAt).toBe(later(1000).toISOString());
    });

    it('binds every change to the claim owner, and records parts, sending and failure', async () => {
      const { db } = await engine.fresh();
      const ledger = new SqlDigestLedger(db);
      await ledger.claim('sub', 'W48', 'me', DUE, MONDAY, LEASE);
      expect(await ledger.startAttempt('sub', 'W48', 'other', MONDAY, LEASE)).toBe(false);
      expect(await ledger.keepDigest('sub', 'W48', 'me', sampleDigest(2))).toBe(true);
      expect(await ledger.keepDigest('sub', 'W48', 'me', sampleDigest(5))).toBe(true);
      expect(await ledger.markPart('sub', 'W48', 'me', 'm1', later(1))).toBe(true);
      expect(await ledger.markSent('sub', 'W48', 'other', 'm2', later(2))).toBe(false);
      expect(await ledger.markSent('sub', 'W48', 'me', 'm2', later(2))).toBe(true);
      const sent = await ledger.get('sub', 'W48');
      expect(sent).toMatchObject({ state: 'sent', posted: ['m1', 'm2'], messageId: 'm1', inDoubt: false });
      expect(sent?.digest).toEqual(sampleDigest(2));
      expect(await ledger.claim('sub', 'W48', 'me', DUE, later(LEASE * 2), LEASE)).toMatchObject({ claimed: false });

      await ledger.claim('sub', 'W49', 'me', DUE, MONDAY, LEASE);
      expect(await ledger.markFailed('sub', 'W49', 'me', 'not_in_channel', later(3))).toBe(true);
      await ledger.claim('sub', 'W50', 'me', DUE, MONDAY, LEASE);
      expect(await ledger.markSent('sub', 'W50', 'me', 'only', later(4))).toBe(true);
      expect((await ledger.get('sub', 'W50'))?.messageId).toBe('only');
      expect((await ledger.unreportedFailures('sub')).map((r) => [r.period, r.error])).toEqual([
        ['W49', 'not_in_channel'],
      ]);
      await ledger.markReported('sub', ['W49']);
      await ledger.markReported('sub', []);
      expect(await ledger.unreportedFailures('sub')).toEqual([]);
      expect((await ledger.recent('sub', 2)).map((r) => r.period)).toEqual(['W50', 'W49']);
      expect(await ledger.latestPeriod('sub')).toBe('W50');
      expect(await ledger.latestPeriod('none')).toBeUndefined();
    });

    it('releases a claim so that any replica may take it at once, and the owner may take it back', async () => {
      const { db, replica } = await engine.fresh();
      const a = new SqlDigestLedger(db);
      const b = new SqlDigestLedger(await replica());
      await a.claim('sub', 'W48', 'a', DUE, MONDAY, LEASE);
      expect(await a.claim('sub', 'W48', 'a', DUE, later(1), LEASE)).toEqual({
        claimed: true,
        resumed: true,
        attempts: 0,
      });
      expect(await a.attemptFailed('sub', 'W48', 'a')).toBe(true);
      expect(await a.release('sub', 'W48', 'a', later(2))).toBe(true);
      expect(await b.claim('sub', 'W48', 'b', DUE, later(2), LEASE)).toMatchObject({ claimed: true, resumed: true });
      expect(await a.release('sub', 'W48', 'a', later(3))).toBe(false);
    });

    it('applies its migrations once: opening again changes nothing', async () => {
      const { db, replica } = await engine.fresh();
      const second = await replica();
      expect(await appliedMigrations(second)).toEqual(MIGRATIONS.map((m) => m.id));
      const again = second instanceof SqliteDb ? migrateSqlite(second.raw) : await migratePostgres(second);
      expect(again).toEqual([]);
      expect(await appliedMigrations(db)).toEqual(MIGRATIONS.map((m) => m.id));
    });
  });
}

async function appliedMigrations(db: Db): Promise<number[]> {
  return (await db.all<{ id: number }>('SELECT id FROM migrations ORDER BY id')).map((r) => Number(r.id));
}

describe.runIf(TEST_DATABASE_URL)('migrating PostgreSQL from several replicas at once', () => {
  it('takes turns under the advisory lock: every replica opens, the schema is made once', async () => {
    const url = await freshSchemaUrl(TEST_DATABASE_URL ?? '');
    const replicas = await Promise.all(Array.from({ length: 4 }, () => openPostgres(url, { max: 1 })));
    try {
      expect(await appliedMigrations(replicas[0] as Db)).toEqual(MIGRATIONS.map((m) => m.id));
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
    }
  });
});
