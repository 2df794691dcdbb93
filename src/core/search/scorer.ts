/**
 * Scores a query over the postings as lunr did: per field, the dot product of the query vector (each term's
 * summed clause boosts) with the item's weights, divided by the query vector's length; an item's score is the
 * sum over its fields. Only the postings of the query's terms are read, and the running sums live in buffers
 * kept between queries, so a query allocates little beyond its answer.
 */
import { FIELD_NUMBER, FIELDS, type Field } from './fields.js';
import type { Postings } from './postings.js';

export interface WeightedTerm {
  term: string;
  fields: readonly Field[];
  boost: number;
}

export interface Scored {
  doc: number;
  score: number;
}

/** Scores are rounded so that float noise (summation order) cannot reorder equal items. */
const SCORE_PRECISION = 1e6;

export class Scorer {
  private readonly numbers: Map<string, number>;
  private readonly total: Float64Array;
  private readonly field: Float64Array;
  private readonly touched: Uint32Array;
  private readonly inField: Uint32Array;
  private readonly seen: Uint8Array;
  private readonly inFieldSeen: Uint8Array;

  constructor(
    private readonly postings: Postings,
    docCount: number,
  ) {
    this.numbers = new Map(postings.terms.map((term, t) => [term, t]));
    this.total = new Float64Array(docCount);
    this.field = new Float64Array(docCount);
    this.touched = new Uint32Array(docCount);
    this.inField = new Uint32Array(docCount);
    this.seen = new Uint8Array(docCount);
    this.inFieldSeen = new Uint8Array(docCount);
  }

  /** The best `limit` items that `accept` lets through, by score, then by `before` (a total order on items). */
  top(
    query: readonly WeightedTerm[],
    limit: number,
    accept: (doc: number) => boolean,
    before: (a: number, b: number) => boolean,
  ): Scored[] {
    let touched = 0;
    for (const [f, vector] of this.queryVectors(query).entries()) {
      let magnitude = 0;
      for (const boost of vector.values()) magnitude += boost * boost;
      magnitude = Math.sqrt(magnitude);
      let inField = 0;
      for (const [t, boost] of vector) {
        const slot = t * FIELDS.length + f;
        for (let at = this.postings.start[slot] ?? 0, end = this.postings.start[slot + 1] ?? 0; at < end; at++) {
          const doc = this.postings.items[at] ?? 0;
          if (this.inFieldSeen[doc] === 0) {
            this.inFieldSeen[doc] = 1;
            this.inField[inField++] = doc;
          }
          this.field[doc] = (this.field[doc] ?? 0) + boost * ((this.postings.milli[at] ?? 0) / 1000);
        }
      }
      for (let i = 0; i < inField; i++) {
        const doc = this.inField[i] ?? 0;
        if (this.seen[doc] === 0) {
          this.seen[doc] = 1;
          this.touched[touched++] = doc;
        }
        this.total[doc] = (this.total[doc] ?? 0) + ((this.field[doc] ?? 0) / magnitude || 0);
        this.field[doc] = 0;
        this.inFieldSeen[doc] = 0;
      }
    }
    const best = this.select(touched, limit, accept, before);
    for (let i = 0; i < touched; i++) {
      const doc = this.touched[i] ?? 0;
      this.total[doc] = 0;
      this.seen[doc] = 0;
    }
    return best;
  }

  /** Whether the item holds the term in the field (a binary search of the term's postings). */
  holds(term: string, field: Field, doc: number): boolean {
    const t = this.numbers.get(term);
    if (t === undefined) return false;
    const slot = t * FIELDS.length + FIELD_NUMBER[field];
    let low = this.postings.start[slot] ?? 0;
    let high = this.postings.start[slot + 1] ?? 0;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const at = this.postings.items[mid] ?? 0;
      if (at === doc) return true;
      if (at < doc) low = mid + 1;
      else high = mid;
    }
    return false;
  }

  /** Per field, each indexed query term's summed boost; a term the index lacks adds nothing, as in lunr. */
  private queryVectors(query: readonly WeightedTerm[]): Map<number, number>[] {
    const vectors = FIELDS.map(() => new Map<number, number>());
    for (const clause of query) {
      const t = this.numbers.get(clause.term);
      if (t === undefined) continue;
      for (const field of clause.fields) {
        const vector = vectors[FIELD_NUMBER[field]];
        vector?.set(t, (vector.get(t) ?? 0) + clause.boost);
      }
    }
    return vectors;
  }

  /** The `limit` best, kept sorted by insertion: a limit is small, the candidates are many. */
  private select(
    touched: number,
    limit: number,
    accept: (doc: number) => boolean,
    before: (a: number, b: number) => boolean,
  ): Scored[] {
    const best: Scored[] = [];
    const ahead = (doc: number, score: number, y: Scored) =>
      score > y.score || (score === y.score && before(doc, y.doc));
    for (let i = 0; i < touched; i++) {
      const doc = this.touched[i] ?? 0;
      const score = Math.round((this.total[doc] ?? 0) * SCORE_PRECISION) / SCORE_PRECISION;
      const last = best[best.length - 1];
      if (best.length >= limit && last && !ahead(doc, score, last)) continue;
      if (!accept(doc)) continue;
      let at = best.length;
      while (at > 0 && ahead(doc, score, best[at - 1] as Scored)) at--;
      best.splice(at, 0, { doc, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }
}
