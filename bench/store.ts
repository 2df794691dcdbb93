/**
 * `npm run bench:store`: the store on SQLite beside PostgreSQL (digest claim and status write latency), and /api/ask
 * throughput with one and two replicas on PostgreSQL. PostgreSQL comes from TEST_DATABASE_URL (bash
 * scripts/pg-test-cluster.sh start DIR prints one); without it only SQLite is measured. Prints figures, asserts none.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/adapters/store/database.js';
import { openPostgres } from '../src/adapters/store/postgres-db.js';
import { newSchemaUrl } from '../src/adapters/store/postgres-schema.js';
import { goldenQuestions } from './golden.js';
import { replicaThroughput } from './replica-throughput.js';
import { storeLatency } from './store-latency.js';

const QUICK = process.env.BENCH_QUICK === '1';
const URL_GIVEN = process.env.TEST_DATABASE_URL;

async function main(): Promise<void> {
  const calls = QUICK ? 200 : 2_000;
  const sqlite = openDatabase(mkdtempSync(join(tmpdir(), 'bench-store-')));
  const rows = [await storeLatency(sqlite, calls)];
  await sqlite.close();
  if (URL_GIVEN) {
    const url = await newSchemaUrl(URL_GIVEN);
    const pg = await openPostgres(url);
    rows.push(await storeLatency(pg, calls));
    await pg.close();
  }
  console.log(`Store latency, ${calls} calls each (ms per call)`);
  console.log('engine     claim p50  claim p95  status p50  status p95');
  for (const r of rows)
    console.log(
      `${r.engine.padEnd(10)} ${fmt(r.claim.p50)} ${fmt(r.claim.p95)} ${fmt(r.statusWrite.p50)}  ${fmt(r.statusWrite.p95)}`,
    );
  if (!URL_GIVEN) {
    console.log('PostgreSQL and replica figures skipped: set TEST_DATABASE_URL');
    return;
  }
  const questions = goldenQuestions().map((q) => q.turns[0] ?? '');
  const total = QUICK ? 400 : 2_000;
  console.log(`\n/api/ask throughput on PostgreSQL, ${total} requests, 8 clients`);
  for (const replicas of [1, 2]) {
    const t = await replicaThroughput(await newSchemaUrl(URL_GIVEN), replicas, questions, total, 8);
    console.log(`${replicas} replica(s): ${t.perSecond} requests/s (${t.seconds} s, ${t.failed} failed)`);
  }
}

const fmt = (ms: number) => ms.toFixed(3).padStart(9);

await main();
