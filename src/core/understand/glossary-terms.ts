/**
 * Collects the terms a translation finds: each term once, with the best boost any match gave it and the question
 * words of that match, ranked by boost and then by first appearance.
 */
export interface GlossaryTerm {
  /** An analysed Latvian term, as analyze() produces it. */
  term: string;
  /** The English or Latvian word or phrase of the question that produced it. */
  source: string;
  /** How much the term should weigh in a search: phrases over single words, exact over fuzzy. */
  boost: number;
}

interface Found extends GlossaryTerm {
  order: number;
}

export class TermCollector {
  private readonly found = new Map<string, Found>();

  add(terms: readonly string[], source: string, boost: number): void {
    for (const term of terms) {
      const known = this.found.get(term);
      if (!known) this.found.set(term, { term, source, boost, order: this.found.size });
      else if (boost > known.boost) Object.assign(known, { source, boost });
    }
  }

  best(limit: number): GlossaryTerm[] {
    return [...this.found.values()]
      .sort((a, b) => b.boost - a.boost || a.order - b.order)
      .slice(0, limit)
      .map(({ term, source, boost }) => ({ term, source, boost }));
  }
}
