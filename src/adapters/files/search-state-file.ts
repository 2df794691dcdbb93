/**
 * knowledge/index/search.json: the search state (index and term frequencies) that `npm run ingest` writes next
 * to the extracts, so that a start reads it instead of analysing every document again. Missing or stale (built
 * from other knowledge), it is not used: the state is built afresh and the caller is told why.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Knowledge } from '../../core/knowledge/knowledge.js';
import { searchItems } from '../../core/knowledge/search-items.js';
import {
  buildSearchState,
  loadSearchState,
  type SearchState,
  serializeSearchState,
} from '../../core/knowledge/search-state.js';
import { PROJECT_ROOT } from './paths.js';

export const SEARCH_STATE_FILE = `${PROJECT_ROOT}knowledge/index/search.json`;

export function searchStateJson(knowledge: Knowledge): string {
  return serializeSearchState(buildSearchState(searchItems(knowledge)));
}

export function writeSearchState(knowledge: Knowledge, file = SEARCH_STATE_FILE): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, searchStateJson(knowledge));
  return file;
}

/** The state for this knowledge, or why there is none (the file is missing, stale or unreadable). */
export function readSearchState(
  knowledge: Knowledge,
  file = SEARCH_STATE_FILE,
): { state: SearchState } | { problem: string } {
  if (!existsSync(file)) return { problem: `${file} is missing: run npm run ingest` };
  try {
    return { state: loadSearchState(readFileSync(file, 'utf8'), searchItems(knowledge)) };
  } catch (error) {
    return { problem: `${file} not used (${(error as Error).message}): run npm run ingest` };
  }
}
