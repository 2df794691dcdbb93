/**
 * The index's terms, arranged so that a query term's typo and prefix expansions cost the same whatever the
 * vocabulary's size: a deletion index for one-edit neighbours, a sorted list for prefixes (binary search to the
 * first term that starts with the prefix, then the run of those that do).
 */
import { TypoIndex } from '../text/typo-index.js';
import { compare } from './postings.js';

export class Vocabulary {
  private readonly typos: TypoIndex;
  private readonly sorted: readonly string[];

  /** `sorted`: the index's terms in code-unit order, as the postings keep them. */
  constructor(sorted: readonly string[]) {
    this.sorted = sorted;
    this.typos = new TypoIndex(sorted);
  }

  /** The terms at most one edit from `term`, `term` itself included when it is indexed. */
  near(term: string): readonly string[] {
    return this.typos.near(term);
  }

  /** The terms that begin with `prefix`, in code-unit order. */
  withPrefix(prefix: string): string[] {
    const found: string[] = [];
    for (let at = this.firstAtOrAfter(prefix); at < this.sorted.length; at++) {
      const term = this.sorted[at] ?? '';
      if (!term.startsWith(prefix)) break;
      found.push(term);
    }
    return found;
  }

  private firstAtOrAfter(prefix: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(this.sorted[mid] ?? '', prefix) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
