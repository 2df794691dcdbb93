/**
 * Run as its own process by build-only.ts: builds the engine over a corpus N times the five documents and prints
 * the build time and memory, so a corpus too large to answer over in the benchmark still shows its build cost.
 */
import { readIntents } from '../src/adapters/files/engine-files.js';
import { loadGlossary } from '../src/adapters/files/glossary-file.js';
import { loadKnowledge } from '../src/adapters/files/knowledge-files.js';
import { buildEngine } from '../src/core/answer/build-engine.js';
import { clonedKnowledge } from './clone-corpus.js';
import { mib, round, timed } from './stats.js';

const factor = Number(process.argv[2] ?? 1000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const knowledge = timed(() => clonedKnowledge(loadKnowledge(), factor));
gc();
const before = process.memoryUsage();
const engine = timed(() => buildEngine(knowledge.value, readIntents(), loadGlossary()));
gc();
const after = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    factor,
    searchItems: engine.value.understander.kb.itemCount,
    engineBuildMs: round(engine.ms, 1),
    knowledgeHeapMiB: mib(before.heapUsed),
    engineHeapMiB: mib(after.heapUsed - before.heapUsed),
    rssMiB: mib(after.rss),
    peakRssMiB: mib(process.resourceUsage().maxRSS * 1024),
  })}\n`,
);
