/**
 * Runs a query against an index. The query is our own analysed terms, with typo and prefix clauses expanded to
 * the index terms they stand for (looked up, not searched for), so any input is safe and costs what its terms
 * cost. Results are ranked by score, then by id, so equal scores always come out in the same order.
 */
import { engineOf, type SearchIndex } from './build-index.js';
import { type PlannedTerm, planQuery } from './plan-query.js';
import type { WeightedTerm } from './scorer.js';
import type { Hit, SearchItem, SearchItemKind, SearchQuery } from './search-item.js';
import type { Vocabulary } from './vocabulary.js';

export const DEFAULT_LIMIT = 10;
/** A caller asking for more would get a ranking nobody reads; the cap keeps result building bounded. */
export const MAX_LIMIT = 200;

export function search(index: SearchIndex, query: string | SearchQuery): Hit[] {
  const q = typeof query === 'string' ? { text: query } : query;
  const limit = effectiveLimit(q.limit);
  const plan = planQuery(q);
  if (limit === 0 || plan.length === 0) return [];
  const engine = engineOf(index);
  const expanded = plan.map((planned) => expand(planned, engine.vocabulary));
  const kinds = q.kinds && q.kinds.length > 0 ? new Set<SearchItemKind>(q.kinds) : undefined;
  const { items, scorer } = engine;
  const clauses = expanded.flatMap((planned) => planned.clauses);
  const best = scorer.top(
    clauses,
    limit,
    (doc) => !kinds || kinds.has(items[doc]?.kind ?? 'passage'),
    (a, b) => (items[a]?.id ?? '') < (items[b]?.id ?? ''),
  );
  return best.map(({ doc, score }) => ({
    item: items[doc] as SearchItem,
    score,
    matchedTerms: expanded
      .filter((planned) => planned.clauses.some((c) => c.fields.some((f) => scorer.holds(c.term, f, doc))))
      .map((planned) => planned.key),
  }));
}

/** The terms a query is searched with, in order, as `Hit.matchedTerms` names them. */
export function queryTerms(query: string | SearchQuery): string[] {
  return planQuery(typeof query === 'string' ? { text: query } : query).map((term) => term.key);
}

/** A planned term with its typo and prefix clauses replaced by the index terms they stand for. */
interface ExpandedTerm {
  key: string;
  clauses: WeightedTerm[];
}

function expand(planned: PlannedTerm, vocabulary: Vocabulary): ExpandedTerm {
  const clauses: ExpandedTerm['clauses'] = [];
  for (const clause of planned.clauses) {
    const terms = clause.prefix
      ? vocabulary.withPrefix(clause.term)
      : clause.fuzzy
        ? vocabulary.near(clause.term)
        : [clause.term];
    for (const term of terms) clauses.push({ term, fields: clause.fields, boost: clause.boost });
  }
  return { key: planned.key, clauses };
}

function effectiveLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return DEFAULT_LIMIT;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}
