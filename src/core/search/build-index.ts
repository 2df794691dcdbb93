/**
 * Builds, serialises and loads the search index. A `SearchIndex` is opaque: its postings and buffers live in a
 * WeakMap that only this module's siblings reach (through `engineOf`), so no caller depends on how it is kept.
 */
import { analyze } from '../text/analyze.js';
import { outermostTokens } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';
import { buildPostings, type FieldTerms, type Postings } from './postings.js';
import { Scorer } from './scorer.js';
import type { SearchItem } from './search-item.js';
import { readPostings, writePostings } from './serial-postings.js';
import { Vocabulary } from './vocabulary.js';

export interface SearchIndex {
  readonly items: readonly SearchItem[];
}

/** Internal to src/core/search. */
export interface Engine {
  readonly items: readonly SearchItem[];
  readonly postings: Postings;
  readonly scorer: Scorer;
  readonly vocabulary: Vocabulary;
}

const engines = new WeakMap<SearchIndex, Engine>();

/** `analysed`: each item's `fieldTerms`, when the caller has them already. */
export function buildIndex(
  items: readonly SearchItem[],
  analysed: readonly FieldTerms[] = items.map(fieldTerms),
): SearchIndex {
  checkIds(items);
  return wrap([...items], buildPostings(analysed));
}

/** An item's terms per field, in the order of FIELDS: exact, title, body. */
export function fieldTerms(item: SearchItem): FieldTerms {
  return [exactTerms(item.exact), analyze(item.title), analyze(item.body)];
}

/**
 * Each exact string as the tokens a reader would count ("IeM IC" stays one term, "4.4.5." becomes "4.4.5",
 * "+371 22405299" becomes "+37122405299"), neither stemmed nor filtered for stop words.
 */
export function exactTerms(values: readonly string[]): string[] {
  return values.flatMap((value) => outermostTokens(tokenize(value)).map((token) => token.norm));
}

/** JSON text holding the postings and a fingerprint of the items they were built from (not the items). */
export function serializeIndex(index: SearchIndex): string {
  return JSON.stringify(indexJson(index));
}

/** The index as a JSON value, to be written inside a larger file. */
export function indexJson(index: SearchIndex): unknown {
  const engine = engineOf(index);
  return writePostings(engine.postings, engine.items);
}

/** Reads what `indexJson` gave, for these very items; throws as `loadIndex` does. */
export function indexFromJson(value: unknown, items: readonly SearchItem[]): SearchIndex {
  checkIds(items);
  return wrap([...items], readPostings(value, items));
}

/**
 * Reads what `serializeIndex` wrote for these very items; throws on anything else (a stale or foreign file
 * should fail loudly, and the caller can build the index afresh).
 */
export function loadIndex(json: string, items: readonly SearchItem[]): SearchIndex {
  return indexFromJson(JSON.parse(json), items);
}

export function engineOf(index: SearchIndex): Engine {
  const engine = engines.get(index);
  if (!engine) throw new Error('not a search index: build it with buildIndex or loadIndex');
  return engine;
}

function wrap(items: SearchItem[], postings: Postings): SearchIndex {
  const index: SearchIndex = Object.freeze({ items: Object.freeze(items) });
  const engine: Engine = {
    items: index.items,
    postings,
    scorer: new Scorer(postings, items.length),
    vocabulary: new Vocabulary(postings.terms),
  };
  engines.set(index, engine);
  return index;
}

function checkIds(items: readonly SearchItem[]): void {
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new Error(`duplicate search item id: ${item.id}`);
    ids.add(item.id);
  }
}
