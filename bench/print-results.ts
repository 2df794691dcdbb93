/** The benchmark results as the tables `npm run bench` prints and bench/README.md shows. */

import type { LatencyResult } from './answer-latency.js';
import type { BuildOnly } from './build-only.js';
import type { ColdStart } from './cold-start.js';
import type { ConcurrentAsk } from './concurrent-ask.js';
import type { ScalePoint } from './scaling.js';
import type { Quality } from './search-quality.js';
import type { EndToEnd } from './slack-e2e.js';
import { round } from './stats.js';

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
  buildOnly: BuildOnly[];
}

export function printResults(r: Results): void {
  process.stdout.write(`${resultsMarkdown(r)}\n`);
}

/** The figures as Markdown: what `npm run bench` prints and what bench/README.md shows between its markers. */
export function resultsMarkdown(r: Results): string {
  return [
    ...headline(r),
    '',
    scalingTable(r),
    '',
    ...searchScaling(r),
    '',
    ...buildOnlyRows(r),
    '',
    ...quality(r),
  ].join('\n');
}

function headline(r: Results): string[] {
  const m = r.machine;
  const c = r.coldStart;
  const mem = r.memory;
  const k = r.concurrent;
  const l = r.latency;
  const e = r.endToEnd;
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.date}${m.quick ? ' (quick)' : ''}`,
    '',
    `- **Cold start** (median of ${c.runs}): ${c.wallMs} ms spawn → first answer; in process ${c.inProcessReadyMs} ms (module loading ${c.importsMs} ms, knowledge and search state load ${c.loadAndIndexMs} ms); RSS ${c.rssMiB} MiB, heap ${c.heapUsedMiB} MiB`,
    `- **Memory**: after start RSS ${mem.afterStart.rssMiB} MiB, heap ${mem.afterStart.heapUsedMiB} MiB; after 10 000 answers RSS ${mem.after10kAnswers.rssMiB} MiB, heap ${mem.after10kAnswers.heapUsedMiB} MiB (heap growth ${mem.heapGrowthMiB} MiB)`,
    `- **Answers in process** (${l.answers} turns of the golden set): p50 ${l.latencyMs.p50} ms, p95 ${l.latencyMs.p95} ms, p99 ${l.latencyMs.p99} ms, max ${l.latencyMs.max} ms; ${l.answersPerSecond} answers/s on one core`,
    `- **Server under load** (${k.requests} /api/ask, ${k.concurrency} at a time, ${k.seconds} s, ${k.failed} failed): RSS ${k.rssMiB.afterStart} MiB after start, ${k.rssMiB.afterLoad} MiB after the load, ${k.rssMiB.afterIdle} MiB after 5 s idle`,
    `- **Slack end to end on loopback**: ${e.sent} signed events at ${e.ratePerSecond}/s for ${e.seconds} s → ${e.answered} threaded replies, ${e.errors} errors; p50 ${e.latencyMs.p50} ms, p99 ${e.latencyMs.p99} ms, max ${e.latencyMs.max} ms`,
  ];
}

function scalingTable(r: Results): string {
  const one = r.scaling[0];
  const ratio = (value: number, base: number | undefined) => (base ? `${round(value / base, 1)}×` : '');
  return table(
    [
      'corpus',
      'search items',
      'ingest ms',
      'engine build ms',
      'build vs 1×',
      'index build ms',
      'index MiB',
      'heap MiB',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'p99 vs 1×',
      'answers/s',
    ],
    r.scaling.map((s) => [
      `${s.factor}×`,
      s.searchItems,
      s.ingestMs,
      s.engineBuildMs,
      ratio(s.engineBuildMs, one?.engineBuildMs),
      s.indexBuildMs,
      s.indexMiB,
      s.heapMiB,
      s.latency.latencyMs.p50,
      s.latency.latencyMs.p95,
      s.latency.latencyMs.p99,
      ratio(s.latency.latencyMs.p99, one?.latency.latencyMs.p99),
      s.latency.answersPerSecond,
    ]),
  );
}

function searchScaling(r: Results): string[] {
  return [
    'Search alone (the golden questions, top 10), ours beside MiniSearch with fuzzy 0.2 and prefix matching:',
    '',
    table(
      [
        'corpus',
        'ours build ms',
        'ours p50 ms',
        'ours p99 ms',
        'MiniSearch build ms',
        'MiniSearch p50 ms',
        'MiniSearch p99 ms',
        'MiniSearch p50 × ours',
      ],
      r.scaling.map((s) => [
        `${s.factor}×`,
        s.search.ours.buildMs,
        s.search.ours.queryMs.p50,
        s.search.ours.queryMs.p99,
        s.search.miniSearch.buildMs,
        s.search.miniSearch.queryMs.p50,
        s.search.miniSearch.queryMs.p99,
        s.search.ours.queryMs.p50 > 0 ? round(s.search.miniSearch.queryMs.p50 / s.search.ours.queryMs.p50, 1) : '',
      ]),
    ),
  ];
}

function buildOnlyRows(r: Results): string[] {
  if (r.buildOnly.length === 0) return ['Build only: not run (quick).'];
  return [
    'Build only, in a process of its own (the corpus too large to answer over here):',
    '',
    table(
      ['corpus', 'search items', 'engine build ms', 'knowledge heap MiB', 'engine heap MiB', 'RSS MiB', 'peak RSS MiB'],
      r.buildOnly.map((b) => [
        `${b.factor}×`,
        b.searchItems,
        b.engineBuildMs,
        b.knowledgeHeapMiB,
        b.engineHeapMiB,
        b.rssMiB,
        b.peakRssMiB,
      ]),
    ),
  ];
}

function quality(r: Results): string[] {
  const q = r.searchQuality;
  return [
    `Search quality on ${q.questions} golden free-text and lookup questions (${q.skipped} left out: no single item holds their facts):`,
    '',
    table(
      ['engine', 'recall@1', 'recall@3', 'median query ms', '× our time'],
      q.rows.map((row) => [row.engine, row.recallAt1, row.recallAt3, row.medianQueryMs, row.latencyVsOurs]),
    ),
  ];
}

function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((row) => row.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}
