/**
 * What the knowledge base derives from its search items by analysing every text: the search index and how many
 * items each term occurs in. Built at ingest and written next to the extracts, so a start reads it instead of
 * analysing the documents again; a state built from other items is refused (stale), never used.
 */
import { buildIndex, fieldTerms, indexFromJson, indexJson, type SearchIndex } from '../search/build-index.js';
import type { FieldTerms } from '../search/postings.js';
import type { SearchItem } from '../search/search-item.js';
import { analyze } from '../text/analyze.js';

export interface SearchState {
  index: SearchIndex;
  /** In how many searchable items each index term occurs: how telling a matched word is. */
  termFrequency: ReadonlyMap<string, number>;
}

const FORMAT = 'darba-grupas-search-state/1';

export function buildSearchState(items: readonly SearchItem[]): SearchState {
  const analysed = items.map(fieldTerms);
  return { index: buildIndex(items, analysed), termFrequency: termFrequency(items, analysed) };
}

/** JSON text, one line per part so that a change shows as a small diff. */
export function serializeSearchState(state: SearchState): string {
  const frequency = JSON.stringify([...state.termFrequency]);
  return `{"format":"${FORMAT}",\n"termFrequency":${frequency},\n"index":${JSON.stringify(indexJson(state.index))}}\n`;
}

/** Reads what `serializeSearchState` wrote for these very items; throws on anything else. */
export function loadSearchState(json: string, items: readonly SearchItem[]): SearchState {
  const data = JSON.parse(json) as { format?: unknown; termFrequency?: unknown; index?: unknown }; // why: checked next
  if (data.format !== FORMAT) throw new Error(`not a search state file (format ${String(data.format)})`);
  const index = indexFromJson(data.index, items);
  const pairs = data.termFrequency;
  const valid =
    Array.isArray(pairs) &&
    pairs.every((p) => Array.isArray(p) && typeof p[0] === 'string' && Number.isInteger(p[1]) && p.length === 2);
  if (!valid) throw new Error('search state file: malformed term frequencies');
  return { index, termFrequency: new Map(pairs as [string, number][]) };
}

/**
 * The analysed terms of the title, the body and the exact strings read as text. Tokens never join across a line
 * break, so this is the analysis of the three on separate lines, with the title and body analysed only once.
 */
function termFrequency(items: readonly SearchItem[], analysed: readonly FieldTerms[]): Map<string, number> {
  const df = new Map<string, number>();
  items.forEach((item, n) => {
    const [, title = [], body = []] = analysed[n] ?? [];
    for (const term of new Set([...title, ...body, ...analyze(item.exact.join(' '))]))
      df.set(term, (df.get(term) ?? 0) + 1);
  });
  return df;
}
