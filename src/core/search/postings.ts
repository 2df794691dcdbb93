/**
 * The inverted index as flat arrays: for each term and field, the items holding it (ascending) and each one's
 * BM25 weight. The weights are those lunr computes (k1 = 1.2, b = 0.75, its idf, field boosts, rounded to
 * thousandths), with field lengths averaged over the items that have the field, so rankings stay what they were
 * with lunr while a query costs only the postings it reads and a load costs one array copy per list.
 */
import { FIELD_BOOSTS, FIELDS, type Field } from './fields.js';

const K1 = 1.2;
const B = 0.75;

export interface Postings {
  /** Every term indexed, in code-unit order; a term's number is its position. */
  terms: readonly string[];
  /** Postings of term t in field f are entries start[t·F + f] up to start[t·F + f + 1]. */
  start: Uint32Array;
  items: Uint32Array;
  /** Weights in thousandths, exact as integers (lunr rounds them to three decimals). */
  milli: Uint32Array;
}

/** Each item's terms per field, in field order (FIELDS), already analysed. */
export type FieldTerms = readonly (readonly string[])[];

export function buildPostings(docs: readonly FieldTerms[]): Postings {
  const counts = docs.map((fields) => fields.map(termCounts));
  const lengths = FIELDS.map((_, f) => docs.map((fields) => fields[f]?.length ?? 0));
  const termSet = new Set<string>();
  for (const fields of counts) for (const field of fields) for (const term of field.keys()) termSet.add(term);
  const terms = [...termSet].sort(compare);
  const { start, items, tfs } = fill(counts, new Map(terms.map((term, t) => [term, t])));
  const milli = weights(start, items, tfs, terms.length, docs.length, lengths, lengths.map(presentAverage));
  return { terms, start, items, milli };
}

/** Counting sort of every (term, field, item) into its slot; items come in order, so each list is ascending. */
function fill(counts: readonly Map<string, number>[][], number: ReadonlyMap<string, number>) {
  const slots = number.size * FIELDS.length;
  const start = new Uint32Array(slots + 1);
  for (const fields of counts)
    for (const [f, field] of fields.entries())
      for (const term of field.keys()) {
        const slot = slotOf(number, term, f) + 1;
        start[slot] = (start[slot] ?? 0) + 1;
      }
  for (let s = 1; s <= slots; s++) start[s] = (start[s] ?? 0) + (start[s - 1] ?? 0);
  const items = new Uint32Array(start[slots] ?? 0);
  const tfs = new Uint32Array(items.length);
  const next = start.slice(0, slots);
  for (const [doc, fields] of counts.entries())
    for (const [f, field] of fields.entries())
      for (const [term, tf] of field) {
        const slot = slotOf(number, term, f);
        const at = next[slot] ?? 0;
        items[at] = doc;
        tfs[at] = tf;
        next[slot] = at + 1;
      }
  return { start, items, tfs };
}

/** lunr's BM25 weight of each posting; its idf counts a term's (item, field) pairs, not its items. */
function weights(
  start: Uint32Array,
  items: Uint32Array,
  tfs: Uint32Array,
  termCount: number,
  docCount: number,
  lengths: readonly (readonly number[])[],
  averages: readonly number[],
): Uint32Array {
  const milli = new Uint32Array(items.length);
  for (let t = 0; t < termCount; t++) {
    const pairs = (start[(t + 1) * FIELDS.length] ?? 0) - (start[t * FIELDS.length] ?? 0);
    const idf = Math.log(1 + Math.abs((docCount - pairs + 0.5) / (pairs + 0.5)));
    FIELDS.forEach((field, f) => {
      const slot = t * FIELDS.length + f;
      for (let at = start[slot] ?? 0; at < (start[slot + 1] ?? 0); at++) {
        const tf = tfs[at] ?? 0;
        const length = lengths[f]?.[items[at] ?? 0] ?? 0;
        const norm = K1 * (1 - B + B * (length / (averages[f] ?? 1))) + tf;
        milli[at] = Math.round(((idf * ((K1 + 1) * tf)) / norm) * FIELD_BOOSTS[field as Field] * 1000);
      }
    });
  }
  return milli;
}

/** Most items have no title and no exact terms: an average over all of them would crush the ones that do. */
function presentAverage(lengths: readonly number[]): number {
  const present = lengths.filter((n) => n > 0);
  return present.length === 0 ? 1 : present.reduce((a, b) => a + b, 0) / present.length;
}

function termCounts(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const raw of terms) {
    const term = raw.toLowerCase();
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

function slotOf(number: ReadonlyMap<string, number>, term: string, field: number): number {
  return (number.get(term) ?? 0) * FIELDS.length + field;
}

/** Code-unit order: the same on every machine, and every term with a prefix sorts right after the prefix. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
