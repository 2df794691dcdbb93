/**
 * Cost as the corpus grows: the five documents at 1×, 10× and 100× (clone-corpus.ts). For each: ingest (the seed
 * texts parsed, validated and resolved, once per copy), engine build with its index, the index alone and its
 * serialised size, and answer latency over the golden questions.
 */

import { readIntents } from '../src/adapters/files/engine-files.js';
import { loadGlossary } from '../src/adapters/files/glossary-file.js';
import { readCuratedInstitutions, readSeeds } from '../src/adapters/files/knowledge-files.js';
import { SEEDS_DIR } from '../src/adapters/files/paths.js';
import { ingestSeeds } from '../src/app/ingest.js';
import { buildEngine } from '../src/core/answer/build-engine.js';
import type { Knowledge } from '../src/core/knowledge/knowledge.js';
import { searchItems } from '../src/core/knowledge/search-items.js';
import { buildIndex, serializeIndex } from '../src/core/search/build-index.js';
import { answerLatency, type LatencyResult } from './answer-latency.js';
import { clonedKnowledge } from './clone-corpus.js';
import type { GoldenQuestion } from './golden.js';
import { mib, round, timed } from './stats.js';

export interface ScalePoint {
  factor: number;
  searchItems: number;
  ingestMs: number;
  engineBuildMs: number;
  indexBuildMs: number;
  indexMiB: number;
  latency: LatencyResult;
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
  const intents = readIntents();
  const glossary = loadGlossary();
  const engine = timed(() => buildEngine(knowledge, intents, glossary));
  const items = searchItems(knowledge);
  const index = timed(() => buildIndex(items));
  const size = Buffer.byteLength(serializeIndex(index.value));
  return {
    factor,
    searchItems: items.length,
    ingestMs: round(ingest.ms, 1),
    engineBuildMs: round(engine.ms, 1),
    indexBuildMs: round(index.ms, 1),
    indexMiB: mib(size),
    latency: answerLatency(engine.value, golden, answers),
  };
}
