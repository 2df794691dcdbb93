/**
 * Builds, serialises and loads the search index. A `SearchIndex` is opaque: the lunr index behind it lives in a
 * WeakMap that only this module's siblings reach (through `engineOf`), so no caller can depend on lunr.
 */
import lunr from 'lunr';
import { z } from 'zod';
import { analyze } from '../text/analyze.js';
import { outermostTokens } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';
import { newBuilder } from './lunr-setup.js';
import { type SearchItem, SearchItemSchema } from './search-item.js';

export interface SearchIndex {
  readonly items: readonly SearchItem[];
}

/** Internal to src/core/search. */
export interface Engine {
  readonly lunr: lunr.Index;
  readonly byId: ReadonlyMap<string, SearchItem>;
}

const engines = new WeakMap<SearchIndex, Engine>();

export function buildIndex(items: readonly SearchItem[]): SearchIndex {
  const byId = itemsById(items);
  const builder = newBuilder();
  for (const item of items) {
    builder.add({ id: item.id, exact: exactTerms(item.exact), title: analyze(item.title), body: analyze(item.body) });
  }
  return wrap([...items], { lunr: builder.build(), byId });
}

/**
 * Each exact string as the tokens a reader would count ("IeM IC" stays one term, "4.4.5." becomes "4.4.5",
 * "+371 22405299" becomes "+37122405299"), neither stemmed nor filtered for stop words.
 */
export function exactTerms(values: readonly string[]): string[] {
  return values.flatMap((value) => outermostTokens(tokenize(value)).map((token) => token.norm));
}

const SERIAL_FORMAT = 'darba-grupas-search/1';

const SerializedIndexSchema = z.object({
  format: z.literal(SERIAL_FORMAT),
  items: z.array(SearchItemSchema),
  lunr: z.record(z.string(), z.unknown()),
});

/** JSON text holding the lunr index and the items (lunr keeps only references, not documents). */
export function serializeIndex(index: SearchIndex): string {
  return JSON.stringify({ format: SERIAL_FORMAT, items: index.items, lunr: engineOf(index).lunr.toJSON() });
}

/** Reads what `serializeIndex` wrote; throws on anything else (a stale or foreign file should fail loudly). */
export function loadIndex(json: string): SearchIndex {
  const data = SerializedIndexSchema.parse(JSON.parse(json));
  return wrap(data.items, { lunr: lunr.Index.load(data.lunr), byId: itemsById(data.items) });
}

export function engineOf(index: SearchIndex): Engine {
  const engine = engines.get(index);
  if (!engine) throw new Error('not a search index: build it with buildIndex or loadIndex');
  return engine;
}

function wrap(items: SearchItem[], engine: Engine): SearchIndex {
  const index: SearchIndex = Object.freeze({ items: Object.freeze(items) });
  engines.set(index, engine);
  return index;
}

function itemsById(items: readonly SearchItem[]): Map<string, SearchItem> {
  const byId = new Map<string, SearchItem>();
  for (const item of items) {
    if (byId.has(item.id)) throw new Error(`duplicate search item id: ${item.id}`);
    byId.set(item.id, item);
  }
  return byId;
}
