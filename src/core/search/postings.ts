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
  const lengths = FIELDS.map((_, f) => docs.map((fields) => fields[f]?.length ?? 0));
  const occurrences = countTerms(docs);
  const order = occurrences.names
    .map((_, id) => id)
    .sort((a, b) => compare(occurrences.names[a] ?? '', occurrences.names[b] ?? ''));
  const rank = new Uint32Array(order.length);
  order.forEach((id, t) => {
    rank[id] = t;
  });
  const terms = order.map((id) => occurrences.names[id] ?? '');
  const { start, items, tfs } = fill(occurrences, rank);
  const milli = weights(start, items, tfs, terms.length, docs.length, lengths, lengths.map(presentAverage));
  return { terms, start, items, milli };
}

/** Each (item, field, distinct term) once, in item order, with the term's count there; terms numbered as met. */
interface Occurrences {
  names: string[];
  count: number;
  term: Uint32Array;
  tf: Uint32Array;
  doc: Uint32Array;
  field: Uint8Array;
}

/** One pass over the analysed items: terms are numbered once, and no map is kept per item. */
function countTerms(docs: readonly FieldTerms[]): Occurrences {
  let total = 0;
  for (const fields of docs) for (const field of fields) total += field.length;
  const o: Occurrences = {
    names: [],
    count: 0,
    term: new Uint32Array(total),
    tf: new Uint32Array(total),
    doc: new Uint32Array(total),
    field: new Uint8Array(total),
  };
  const ids = new Map<string, number>();
  // Where a term's occurrence in the current (item, field) is, stamped with that pair's number.
  let stampOf: Int32Array = new Int32Array(1024).fill(-1);
  let atOf: Uint32Array = new Uint32Array(1024);
  let stamp = 0;
  docs.forEach((fields, doc) => {
    fields.forEach((field, f) => {
      for (const raw of field) {
        const term = raw.toLowerCase();
        let id = ids.get(term);
        if (id === undefined) {
          id = o.names.length;
          ids.set(term, id);
          o.names.push(term);
          if (id >= stampOf.length) [stampOf, atOf] = grown(stampOf, atOf);
        }
        if (stampOf[id] === stamp) {
          const at = atOf[id] ?? 0;
          o.tf[at] = (o.tf[at] ?? 0) + 1;
          continue;
        }
        stampOf[id] = stamp;
        atOf[id] = o.count;
        o.term[o.count] = id;
        o.tf[o.count] = 1;
        o.doc[o.count] = doc;
        o.field[o.count] = f;
        o.count++;
      }
      stamp++;
    });
  });
  return o;
}

function grown(stampOf: Int32Array, atOf: Uint32Array): [Int32Array, Uint32Array] {
  const stamps = new Int32Array(stampOf.length * 2).fill(-1);
  stamps.set(stampOf);
  const ats = new Uint32Array(atOf.length * 2);
  ats.set(atOf);
  return [stamps, ats];
}

/** Counting sort of every (term, field, item) into its slot; items come in order, so each list is ascending. */
function fill(o: Occurrences, rank: Uint32Array) {
  const slots = rank.length * FIELDS.length;
  const slotAt = (n: number) => (rank[o.term[n] ?? 0] ?? 0) * FIELDS.length + (o.field[n] ?? 0);
  const start = new Uint32Array(slots + 1);
  for (let n = 0; n < o.count; n++) {
    const slot = slotAt(n) + 1;
    start[slot] = (start[slot] ?? 0) + 1;
  }
  for (let s = 1; s <= slots; s++) start[s] = (start[s] ?? 0) + (start[s - 1] ?? 0);
  const items = new Uint32Array(o.count);
  const tfs = new Uint32Array(o.count);
  const next = start.slice(0, slots);
  for (let n = 0; n < o.count; n++) {
    const slot = slotAt(n);
    const at = next[slot] ?? 0;
    items[at] = o.doc[n] ?? 0;
    tfs[at] = o.tf[n] ?? 0;
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

/** Code-unit order: the same on every machine, and every term with a prefix sorts right after the prefix. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
