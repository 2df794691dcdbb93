/**
 * `npm run bench`: cold start, memory, in-process answer latency, scaling to 10× and 100× the corpus (search beside
 * MiniSearch), the engine build alone at 1,000×, Slack end to end on loopback, RSS under concurrent /api/ask, and
 * search quality against lunr's English pipeline and MiniSearch. Prints the tables, writes bench/results.json and the figures in bench/README.md.
 * Figures only: nothing here passes or fails. BENCH_QUICK=1 runs a shorter version.
 */
import { writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadEngine } from '../src/adapters/files/engine-files.js';
import { loadKnowledge } from '../src/adapters/files/knowledge-files.js';
import { PROJECT_ROOT } from '../src/adapters/files/paths.js';
import { answerLatency } from './answer-latency.js';
import { buildOnly } from './build-only.js';
import { coldStart } from './cold-start.js';
import { concurrentAsk } from './concurrent-ask.js';
import { goldenQuestions } from './golden.js';
import { printResults, type Results } from './print-results.js';
import { writeReadmeFigures } from './readme-figures.js';
import { scalePoint } from './scaling.js';
import { searchQuality } from './search-quality.js';
import { slackEndToEnd } from './slack-e2e.js';
import { memory, round } from './stats.js';
import { stretchPassing } from './stretch.js';

const QUICK = process.env.BENCH_QUICK === '1';

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const golden = goldenQuestions();
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    os: `${platform()} ${release()}`,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
    quick: QUICK,
  };
  // The 1,000× build runs in its own process from the start, beside everything else, and is awaited at the end.
  const buildOnlyRuns = (QUICK ? [] : [1000]).map((factor) => buildOnly(factor));
  progress('cold start');
  const cold = await coldStart(QUICK ? 3 : 7);
  progress('memory and latency');
  const engine = loadEngine();
  gc();
  const afterStart = memory();
  const latency = answerLatency(engine, golden, 10_000);
  gc();
  const after10k = memory();
  progress('scaling');
  const base = loadKnowledge();
  const factors = QUICK ? [1, 10] : [1, 10, 100];
  const scaling = factors.map((factor) => {
    progress(`  ${factor}×`);
    const point = scalePoint(base, factor, golden, factor >= 100 ? 600 : 2_000);
    gc();
    return point;
  });
  progress('Slack end to end');
  const endToEnd = await slackEndToEnd(engine, golden, 50, QUICK ? 5 : 20);
  progress('concurrent /api/ask');
  const concurrent = await concurrentAsk(golden, QUICK ? 2_000 : 20_000, 50);
  progress('search quality');
  const quality = searchQuality(engine, golden);
  const stretch = stretchPassing(engine);
  progress('build only (1,000×)');
  const buildOnlyRows = await Promise.all(buildOnlyRuns);
  const results: Results = {
    machine,
    coldStart: cold,
    memory: {
      afterStart,
      after10kAnswers: after10k,
      heapGrowthMiB: round(after10k.heapUsedMiB - afterStart.heapUsedMiB, 1),
    },
    latency,
    scaling,
    endToEnd,
    concurrent,
    searchQuality: quality,
    stretch,
    buildOnly: buildOnlyRows,
  };
  writeFileSync(join(PROJECT_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printResults(results);
  writeReadmeFigures(results);
}

function progress(step: string): void {
  process.stderr.write(`bench: ${step}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
