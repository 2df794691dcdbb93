/**
 * Runs a query against an index. The query is built clause by clause from our own analysed terms (never
 * `index.search` on raw text, whose syntax throws on ':', '~', '^', '+', '-'), so any input is safe.
 * Results are ranked by score, then by id, so equal scores always come out in the same order.
 */
import lunr from 'lunr';
import { withinEdits } from '../text/edit-distance.js';
import { engineOf, type SearchIndex } from './build-index.js';
import { type PlannedTerm, planQuery } from './plan-query.js';
import type { Hit, SearchItemKind, SearchQuery } from './search-item.js';

export const DEFAULT_LIMIT = 10;
/** A caller asking for more would get a ranking nobody reads; the cap keeps result building bounded. */
export const MAX_LIMIT = 200;
/** Scores are rounded so that float noise (summation order) cannot reorder equal items. */
const SCORE_PRECISION = 1e6;

export function search(index: SearchIndex, query: string | SearchQuery): Hit[] {
  const q = typeof query === 'string' ? { text: query } : query;
  const limit = effectiveLimit(q.limit);
  const plan = planQuery(q);
  if (limit === 0 || plan.length === 0) return [];
  const engine = engineOf(index);
  const kinds = q.kinds && q.kinds.length > 0 ? new Set<SearchItemKind>(q.kinds) : undefined;
  const hits: Hit[] = [];
  for (const result of engine.lunr.query((builder) => addClauses(builder, plan))) {
    const item = engine.byId.get(result.ref);
    if (!item || (kinds && !kinds.has(item.kind))) continue;
    const score = Math.round(result.score * SCORE_PRECISION) / SCORE_PRECISION;
    hits.push({ item, score, matchedTerms: matchedTerms(plan, Object.keys(result.matchData.metadata)) });
  }
  hits.sort((a, b) => b.score - a.score || compareIds(a.item.id, b.item.id));
  return hits.slice(0, limit);
}

/** The terms a query is searched with, in order, as `Hit.matchedTerms` names them. */
export function queryTerms(query: string | SearchQuery): string[] {
  return planQuery(typeof query === 'string' ? { text: query } : query).map((term) => term.key);
}

function addClauses(builder: lunr.Query, plan: readonly PlannedTerm[]): void {
  for (const planned of plan) {
    for (const clause of planned.clauses) {
      builder.term(clause.term, {
        fields: [...clause.fields],
        boost: clause.boost,
        usePipeline: false,
        presence: lunr.Query.presence.OPTIONAL,
        ...(clause.fuzzy ? { editDistance: 1 } : {}),
        ...(clause.prefix ? { wildcard: lunr.Query.wildcard.TRAILING } : {}),
      });
    }
  }
}

/** Which query terms an item matched, given the index terms lunr reports for it. */
function matchedTerms(plan: readonly PlannedTerm[], indexTerms: readonly string[]): string[] {
  const found = new Set(indexTerms);
  return plan
    .filter((planned) =>
      planned.clauses.some((clause) =>
        clause.prefix
          ? indexTerms.some((t) => t.startsWith(clause.term))
          : clause.fuzzy
            ? indexTerms.some((t) => withinEdits(t, clause.term, 1))
            : found.has(clause.term),
      ),
    )
    .map((planned) => planned.key);
}

function effectiveLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return DEFAULT_LIMIT;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}

/** Code-unit order, not locale order: the same on every machine. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
