/**
 * The postings as JSON: terms, the per-slot list lengths and, per list, the gaps between item numbers (small
 * numbers, short text). The items themselves are not written: the file names a fingerprint of them instead, and
 * a file built from other items (a stale index) is refused on load rather than giving wrong answers.
 */
import { FIELDS } from './fields.js';
import type { Postings } from './postings.js';
import type { SearchItem } from './search-item.js';

const SERIAL_FORMAT = 'darba-grupas-search/2';

export interface SerialPostings {
  format: typeof SERIAL_FORMAT;
  fingerprint: string;
  terms: string[];
  lengths: number[];
  gaps: number[];
  milli: number[];
}

export function writePostings(postings: Postings, items: readonly SearchItem[]): SerialPostings {
  const lengths: number[] = [];
  const gaps: number[] = [];
  for (let slot = 0; slot + 1 < postings.start.length; slot++) {
    const from = postings.start[slot] ?? 0;
    const to = postings.start[slot + 1] ?? 0;
    lengths.push(to - from);
    for (let at = from; at < to; at++)
      gaps.push((postings.items[at] ?? 0) - (at > from ? (postings.items[at - 1] ?? 0) : 0));
  }
  return {
    format: SERIAL_FORMAT,
    fingerprint: fingerprint(items),
    terms: [...postings.terms],
    lengths,
    gaps,
    milli: [...postings.milli],
  };
}

/** `serial`: parsed JSON of any shape; every field is checked before use. */
export function readPostings(serial: unknown, items: readonly SearchItem[]): Postings {
  const data = (typeof serial === 'object' && serial !== null ? serial : {}) as Partial<SerialPostings>;
  if (data.format !== SERIAL_FORMAT) throw new Error(`not a search index file (format ${String(data.format)})`);
  if (data.fingerprint !== fingerprint(items)) throw new Error('the search index was built from other items: stale');
  const { terms, lengths, gaps, milli } = data;
  if (!isList(terms, (t) => typeof t === 'string') || !isCounts(lengths) || !isCounts(gaps) || !isCounts(milli))
    throw new Error('search index file: malformed lists');
  if (lengths.length !== terms.length * FIELDS.length || gaps.length !== milli.length)
    throw new Error('search index file: lists of different lengths');
  const start = new Uint32Array(lengths.length + 1);
  for (let slot = 0; slot < lengths.length; slot++) start[slot + 1] = (start[slot] ?? 0) + (lengths[slot] ?? 0);
  if (start[lengths.length] !== gaps.length) throw new Error('search index file: list lengths do not add up');
  const docs = new Uint32Array(gaps.length);
  for (let slot = 0; slot < lengths.length; slot++) {
    let doc = 0;
    for (let at = start[slot] ?? 0; at < (start[slot + 1] ?? 0); at++) {
      doc += gaps[at] ?? 0;
      if (doc >= items.length) throw new Error('search index file: an item number out of range');
      docs[at] = doc;
    }
  }
  return { terms, start, items: docs, milli: Uint32Array.from(milli) };
}

/** FNV-1a over the items' JSON: any change to what is indexed, or to the order, changes it. */
export function fingerprint(items: readonly SearchItem[]): string {
  const text = JSON.stringify(items);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${items.length}:${(hash >>> 0).toString(16)}`;
}

function isList<T>(value: unknown, each: (v: unknown) => boolean): value is T[] {
  return Array.isArray(value) && value.every(each);
}

function isCounts(value: unknown): value is number[] {
  return isList<number>(value, (n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < 2 ** 32);
}
