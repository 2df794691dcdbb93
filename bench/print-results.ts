/** The benchmark results as the tables `npm run bench` prints (and the README's Performance section shows). */

import type { LatencyResult } from './answer-latency.js';
import type { ColdStart } from './cold-start.js';
import type { ConcurrentAsk } from './concurrent-ask.js';
import type { ScalePoint } from './scaling.js';
import type { Quality } from './search-quality.js';
import type { EndToEnd } from './slack-e2e.js';

export interface Results {
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; node: string; date: string; quick: boolean };
  coldStart: ColdStart;
  memory: {
    afterStart: { rssMiB: number; heapUsedMiB: number };
    after10kAnswers: { rssMiB: number; heapUsedMiB: number };
    heapGrowthMiB: number;
  };
  latency: LatencyResult;
  scaling: ScalePoint[];
  endToEnd: EndToEnd;
  concurrent: ConcurrentAsk;
  searchQuality: Quality;
  stretch: { passing: number; total: number };
}

export function printResults(r: Results): void {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.date}${m.quick ? ' (quick)' : ''}`,
  );
  out.push('');
  const c = r.coldStart;
  out.push(
    `Cold start (median of ${c.runs}): ${c.wallMs} ms spawn → first answer; in process ${c.inProcessReadyMs} ms`,
  );
  out.push(
    `  (module loading ${c.importsMs} ms, knowledge load + validate + index ${c.loadAndIndexMs} ms); RSS ${c.rssMiB} MiB, heap ${c.heapUsedMiB} MiB`,
  );
  const mem = r.memory;
  out.push(
    `Memory: after start RSS ${mem.afterStart.rssMiB} MiB, heap ${mem.afterStart.heapUsedMiB} MiB; after 10 000 answers RSS ${mem.after10kAnswers.rssMiB} MiB, heap ${mem.after10kAnswers.heapUsedMiB} MiB (heap growth ${mem.heapGrowthMiB} MiB)`,
  );
  const k = r.concurrent;
  out.push(
    `Server under load (${k.requests} /api/ask, ${k.concurrency} at a time, ${k.seconds} s, ${k.failed} failed): RSS ${k.rssMiB.afterStart} MiB after start, ${k.rssMiB.afterLoad} MiB after the load, ${k.rssMiB.afterIdle} MiB after 5 s idle`,
  );
  const l = r.latency;
  out.push(
    `Answers in process (${l.answers} turns of the golden set): p50 ${l.latencyMs.p50} ms, p95 ${l.latencyMs.p95} ms, p99 ${l.latencyMs.p99} ms, max ${l.latencyMs.max} ms; ${l.answersPerSecond} answers/s on one core`,
  );
  out.push('');
  out.push(
    table(
      [
        'corpus',
        'search items',
        'ingest ms',
        'engine build ms',
        'index build ms',
        'index MiB',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'answers/s',
      ],
      r.scaling.map((s) => [
        `${s.factor}×`,
        s.searchItems,
        s.ingestMs,
        s.engineBuildMs,
        s.indexBuildMs,
        s.indexMiB,
        s.latency.latencyMs.p50,
        s.latency.latencyMs.p95,
        s.latency.latencyMs.p99,
        s.latency.answersPerSecond,
      ]),
    ),
  );
  const e = r.endToEnd;
  out.push('');
  out.push(
    `Slack end to end on loopback: ${e.sent} signed events at ${e.ratePerSecond}/s for ${e.seconds} s → ${e.answered} threaded replies, ${e.errors} errors; p50 ${e.latencyMs.p50} ms, p99 ${e.latencyMs.p99} ms, max ${e.latencyMs.max} ms`,
  );
  const q = r.searchQuality;
  out.push('');
  out.push(
    `Search quality on ${q.questions} golden free-text and lookup questions (${q.skipped} left out: no single item holds their facts):`,
  );
  out.push(
    table(
      ['engine', 'recall@1', 'recall@3', 'median query ms', '× our time'],
      q.rows.map((row) => [row.engine, row.recallAt1, row.recallAt3, row.medianQueryMs, row.latencyVsOurs]),
    ),
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((row) => row.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}
