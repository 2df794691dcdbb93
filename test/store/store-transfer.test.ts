/**
 * Moving a store between engines: SQLite → file → the other engine → file gives the same tables; an import into a
 * store with data refuses unless merging, a merge adds nothing twice, and a bad file names its problem and writes
 * nothing. The command itself runs once end to end.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ConversationRefs } from '../../src/adapters/store/conversation-refs.js';
import { SqlDigestLedger } from '../../src/adapters/store/digest-ledger.js';
import { FeedbackStore } from '../../src/adapters/store/feedback-store.js';
import type { Db } from '../../src/adapters/store/sql.js';
import { StatusStore } from '../../src/adapters/store/status-store.js';
import {
  exportStore,
  importStore,
  readExport,
  storedCounts,
  TransferError,
} from '../../src/adapters/store/store-transfer.js';
import { SubscriptionStore } from '../../src/adapters/store/subscription-store.js';
import { LocalDigestChannel } from '../../src/adapters/web/local-channel.js';
import { sampleDigest } from '../fixtures/slack/digest.js';
import { closeAll, enginesUnderTest } from './engines.js';
import { subscription } from './fixtures.js';

afterAll(closeAll);

const NOW = new Date('2026-11-23T07:00:00.000Z');

async function filled(db: Db): Promise<void> {
  const statuses = new StatusStore(db);
  await statuses.append('measure:4.4.5', { status: 'in-progress', by: 'Anna', at: '2026-11-20T10:00:00.000Z' });
  await statuses.append('measure:4.4.5', {
    status: 'done',
    note: 'pieņemts',
    by: 'Jānis',
    at: '2026-11-21T10:00:00.000Z',
  });
  await new SubscriptionStore(db).save(subscription('group-3'));
  const ledger = new SqlDigestLedger(db);
  await ledger.claim('group-3', '2026-W47', 'a', NOW.toISOString(), NOW, 60_000);
  await ledger.keepDigest('group-3', '2026-W47', 'a', sampleDigest(2));
  await ledger.startAttempt('group-3', '2026-W47', 'a', NOW, 60_000);
  await ledger.markSent('group-3', '2026-W47', 'a', '1700.1', NOW);
  await ledger.claim('group-3', '2026-W48', 'a', NOW.toISOString(), NOW, 60_000);
  await new ConversationRefs(db).save({
    key: 'teams:19:x',
    platform: 'teams',
    reference: '{"a":1}',
    updatedAt: NOW.toISOString(),
  });
  await new FeedbackStore(db).record({
    platform: 'slack',
    conversation: 'slack:T1:C1',
    rating: 'down',
    question: 'Kas ir VBTAI?',
    answer: '…',
    at: NOW.toISOString(),
  });
  await new LocalDigestChannel(db, () => NOW).postDigest({ platform: 'web', id: 'local' }, sampleDigest(1), {
    subscriptionId: 'local-sub',
    period: '2026-W47',
  });
}

const [sqlite, other = sqlite] = enginesUnderTest();

describe.runIf(sqlite)(`moving the store from sqlite to ${other?.name}`, () => {
  it('round-trips every table, refuses a store with data, and merges without adding twice', async () => {
    if (!sqlite || !other) throw new Error('no engines');
    const from = (await sqlite.fresh()).db;
    await filled(from);
    const file = JSON.parse(JSON.stringify(await exportStore(from, NOW)));
    expect(Object.values(file.tables).map((rows) => (rows as unknown[]).length)).toEqual([2, 1, 2, 1, 1, 1]);
    const to = (await other.fresh()).db;
    const first = await importStore(to, readExport(JSON.stringify(file), 'store.json'), { merge: false });
    expect(Object.values(first.added)).toEqual([2, 1, 2, 1, 1, 1]);
    expect((await exportStore(to, NOW)).tables).toEqual(file.tables);
    expect(await new StatusStore(to).history('measure:4.4.5')).toEqual(
      await new StatusStore(from).history('measure:4.4.5'),
    );

    await expect(importStore(to, readExport(JSON.stringify(file), 'store.json'), { merge: false })).rejects.toThrow(
      /already holds data \(2 statuses, 1 subscriptions, 2 digest_ledger.*add --merge/u,
    );
    const merged = await importStore(to, readExport(JSON.stringify(file), 'store.json'), { merge: true });
    expect(Object.values(merged.added)).toEqual([0, 0, 0, 0, 0, 0]);
    expect((await exportStore(to, NOW)).tables).toEqual(file.tables);
  });

  it('names what is wrong with a bad file, and writes nothing', async () => {
    if (!other) throw new Error('no engines');
    const to = (await other.fresh()).db;
    expect(() => readExport('{"format": ', 'x.json')).toThrow(/^x\.json is not JSON/u);
    expect(() => readExport('{"tables": {}}', 'x.json')).toThrow('x.json is not a store export');
    const file = {
      format: 'assistant-store',
      version: 1,
      tables: { statuses: [{ item: 'measure:1', status: 'finished', note: null, by: 'A', at: NOW.toISOString() }] },
    };
    expect(() => readExport(JSON.stringify(file), 'x.json')).toThrow(/^x\.json: statuses row 1: status: /u);
    expect(() => readExport(JSON.stringify({ ...file, tables: { users: [] } }), 'x.json')).toThrow(
      'x.json: unknown table "users"',
    );
    expect(await storedCounts(to)).toEqual({});
    const halfGood = {
      format: 'assistant-store',
      version: 1,
      tables: {
        conversation_refs: [
          { key: 'a', platform: 'teams', reference: '{}', label: null, updated_at: NOW.toISOString() },
        ],
      },
    };
    // A failure inside the transaction leaves nothing behind either.
    const broken = readExport(JSON.stringify(halfGood), 'x.json');
    broken.tables.subscriptions = [{ id: 'x' }];
    await expect(importStore(to, broken, { merge: false })).rejects.toThrow();
    expect(await storedCounts(to)).toEqual({});
    expect(TransferError.name).toBe('TransferError');
  });
});

describe('npm run store', () => {
  it('exports a SQLite store to a file and imports it into another, and refuses a bad file by name', async () => {
    const run = promisify(execFile);
    const dir = mkdtempSync(join(tmpdir(), 'store-cli-'));
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const env = (data: string) => ({
      ...process.env,
      DATA_DIR: join(dir, data),
      DATABASE_URL: '',
      LOG_LEVEL: 'silent',
    });
    const { openDatabase } = await import('../../src/adapters/store/database.js');
    const source = openDatabase(join(dir, 'a'));
    await filled(source);
    await source.close();
    const file = join(dir, 'store.json');
    const out = await run(tsx, ['src/adapters/cli/store.ts', '--export', file], { env: env('a') });
    expect(out.stdout).toContain('Exported to');
    const imported = await run(tsx, ['src/adapters/cli/store.ts', '--import', file], { env: env('b') });
    expect(imported.stdout).toContain('2 statuses added, 0 kept');
    writeFileSync(join(dir, 'bad.json'), readFileSync(file, 'utf8').replace('"in-progress"', '"halfway"'));
    const bad = await run(tsx, ['src/adapters/cli/store.ts', '--import', join(dir, 'bad.json')], {
      env: env('c'),
    }).catch((error: { code: number; stderr: string }) => error);
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toMatch(/bad\.json: statuses row 1: status: /u);
  }, 120_000);
});
