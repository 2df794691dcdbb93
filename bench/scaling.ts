/**
 * Cost as the corpus grows: the five documents at 1×, 10× and 100× (clone-corpus.ts). For each: ingest (the seed
 * texts parsed, validated and resolved, once per copy), engine build with its index, the index alone and its
 * serialised size, heap after the build, answer latency over the golden questions, and search alone beside
 * MiniSearch (fuzzy and prefix on, as ours) over the same items and questions: build time and query latency.
 */

import MiniSearch from 'minisearch';
import { readIntents } from '../src/adapters/files/engine-files.js';
import { loadGlossary } from '../src/adapters/files/glossary-file.js';
import { readCuratedInstitutions, readSeeds } from '../src/adapters/files/knowledge-files.js';
import { SEEDS_DIR } from '../src/adapters/files/paths.js';
import { ingestSeeds } from '../src/app/ingest.js';
import type { AnswerEngine } from '../src/core/answer/answer.js';
import { buildEngine } from '../src/core/answer/build-engine.js';
import type { Knowledge } from '../src/core/knowledge/knowledge.js';
import { searchItems } from '../src/core/knowledge/search-items.js';
import { buildIndex, serializeIndex } from '../src/core/search/build-index.js';
import { search } from '../src/core/search/search.js';
import type { SearchItem } from '../src/core/search/search-item.js';
import { answerLatency, type LatencyResult } from './answer-latency.js';
import { clonedKnowledge } from './clone-corpus.js';
import type { GoldenQuestion } from './golden.js';
import { memory, mib, type Percentiles, percentiles, round, timed } from './stats.js';

export interface SearchCost {
  buildMs: number;
  queryMs: Percentiles;
}

export interface ScalePoint {
  factor: number;
  searchItems: number;
  ingestMs: number;
  engineBuildMs: number;
  indexBuildMs: number;
  indexMiB: number;
  /** Heap in use once the engine is built (knowledge, index and all), after a collection. */
  heapMiB: number;
  latency: LatencyResult;
  /** Search alone over the golden questions' text: ours (build = index build) and MiniSearch's. */
  search: { ours: SearchCost; miniSearch: SearchCost };
}

export function scalePoint(
  base: Knowledge,
  factor: number,
  golden: readonly GoldenQuestion[],
  answers: number,
): ScalePoint {
  const seeds = readSeeds(SEEDS_DIR);
  const institutions = readCuratedInstitutions();
  const ingest = timed(() => {
    for (let k = 0; k < factor; k++) ingestSeeds(seeds, institutions);
  });
  const knowledge = clonedKnowledge(base, factor);
  const engine = timed(() => buildEngine(knowledge, readIntents(), loadGlossary()));
  collect();
  const heapMiB = memory().heapUsedMiB;
  const items = searchItems(knowledge);
  const index = timed(() => buildIndex(items));
  const size = Buffer.byteLength(serializeIndex(index.value));
  // At 100× a fuzzy MiniSearch query takes long enough that every question would dominate the whole benchmark.
  const texts = golden.map((q) => q.turns[0] ?? '').filter((_, n) => factor < 100 || n % 4 === 0);
  return {
    factor,
    searchItems: items.length,
    ingestMs: round(ingest.ms, 1),
    engineBuildMs: round(engine.ms, 1),
    indexBuildMs: round(index.ms, 1),
    indexMiB: mib(size),
    heapMiB,
    latency: answerLatency(engine.value, golden, answers),
    search: { ours: ourSearch(engine.value, index.ms, texts), miniSearch: miniSearchCost(items, texts) },
  };
}

function ourSearch(engine: AnswerEngine, buildMs: number, texts: readonly string[]): SearchCost {
  const index = engine.understander.kb.index;
  return { buildMs: round(buildMs, 1), queryMs: queryTimes(texts, (text) => search(index, { text, limit: 10 })) };
}

function miniSearchCost(items: readonly SearchItem[], texts: readonly string[]): SearchCost {
  const built = timed(() => {
    const index = new MiniSearch({ fields: ['title', 'body', 'exact'], idField: 'id' });
    index.addAll(items.map((i) => ({ id: i.id, title: i.title, body: i.body, exact: i.exact.join(' ') })));
    return index;
  });
  const options = { fuzzy: 0.2, prefix: true };
  return {
    buildMs: round(built.ms, 1),
    queryMs: queryTimes(texts, (text) => built.value.search(text, options).slice(0, 10)),
  };
}

/** Each question searched twice; the first round warms up and is not counted. */
function queryTimes(texts: readonly string[], run: (text: string) => unknown): Percentiles {
  for (const text of texts) run(text);
  return percentiles(texts.map((text) => timed(() => run(text)).ms));
}

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
