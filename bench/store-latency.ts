/**
 * The store's own costs, the same calls on each engine: a digest claim (the conditional upsert, on fresh rows) and a
 * status write (one append). Figures only: per-call latency percentiles in ms.
 */
import { performance } from 'node:perf_hooks';
import { SqlDigestLedger } from '../src/adapters/store/digest-ledger.js';
import type { Db } from '../src/adapters/store/sql.js';
import { StatusStore } from '../src/adapters/store/status-store.js';
import { type Percentiles, percentiles } from './stats.js';

export interface StoreLatency {
  engine: string;
  calls: number;
  claim: Percentiles;
  statusWrite: Percentiles;
}

export async function storeLatency(db: Db, calls: number): Promise<StoreLatency> {
  const ledger = new SqlDigestLedger(db);
  const statuses = new StatusStore(db);
  const now = new Date('2026-11-23T07:00:00.000Z');
  const claim: number[] = [];
  const statusWrite: number[] = [];
  for (let i = 0; i < calls; i++) {
    let start = performance.now();
    await ledger.claim(`bench-${i % 50}`, `W${i}`, 'bench', now.toISOString(), now, 60_000);
    claim.push(performance.now() - start);
    start = performance.now();
    await statuses.append(`measure:${i % 92}`, { status: 'done', by: 'bench', at: now.toISOString() });
    statusWrite.push(performance.now() - start);
  }
  return { engine: db.engine, calls, claim: percentiles(claim), statusWrite: percentiles(statusWrite) };
}
