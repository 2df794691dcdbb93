/**
 * How much of a question a search hit covers. A question is split into concepts: each Latvian word it uses, and
 * each English word or phrase the glossary translates (any of its Latvian terms counts). A concept weighs as much
 * as its rarest term is rare in the documents, so "Kontakts" matters more than "gads". A word the documents never
 * use (e.g. "weather") still weighs in, so a hit cannot cover a question about something else.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Hit } from '../search/search-item.js';
import { analyzeTerms } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import type { Understanding } from '../understand/understanding.js';

/** English words that carry no subject of their own in a question ("can one get …", "within six years"). */
const ENGLISH_FILLER = new Set(
  'one ones get gets got can could would should must need needs want like make made also just any some many much please know tell give find keep up out via per within whose does did done using use used since ever still'.split(
    ' ',
  ),
);

export interface Concept {
  terms: string[];
  weight: number;
}

export function questionConcepts(u: Understanding, kb: KnowledgeBase): Concept[] {
  const idf = (term: string) => {
    const df = kb.termFrequency.get(term);
    return df ? Math.log(kb.itemCount / df) : Math.log(kb.itemCount) * 0.75;
  };
  const translated = u.searchTerms.filter((t) => t.source !== undefined);
  const sources = [...new Set(translated.map((t) => t.source as string))];
  const coveredWords = new Set(
    sources.flatMap((s) => [fold(s), ...fold(s).split(/\s+/u), ...fold(s).split(/[^\p{L}\p{N}]+/u)]),
  );
  const concepts: Concept[] = [];
  for (const term of analyzeTerms(u.text)) {
    if (term.kind === 'word' && (coveredWords.has(term.folded) || ENGLISH_FILLER.has(term.folded))) continue;
    concepts.push({ terms: [term.term], weight: idf(term.term) });
  }
  for (const source of sources) {
    // The word itself counts too: English "individual" is also the stem of Latvian "individuālās".
    const own = analyzeTerms(source).map((t) => t.term);
    const terms = [...translated.filter((t) => t.source === source).map((t) => fold(t.term)), ...own];
    const known = terms.filter((t) => kb.termFrequency.has(t));
    if (known.length === 0) continue;
    concepts.push({ terms, weight: Math.max(...known.map(idf)) });
  }
  return concepts;
}

/** The share (0–1) of the question's weight that the hit matched. */
export function coverage(hit: Hit, concepts: readonly Concept[]): number {
  const total = concepts.reduce((s, c) => s + c.weight, 0);
  if (total === 0) return 0;
  const matched = new Set(hit.matchedTerms);
  const covered = concepts.filter((c) => c.terms.some((t) => matched.has(t))).reduce((s, c) => s + c.weight, 0);
  return covered / total;
}

export interface RankedHit {
  hit: Hit;
  coverage: number;
}

/** Hits ordered by coverage first (how much of the question they answer), then by the search score. */
export function rankByCoverage(hits: readonly Hit[], concepts: readonly Concept[]): RankedHit[] {
  return hits
    .map((hit) => ({ hit, coverage: coverage(hit, concepts) }))
    .sort((a, b) => b.coverage - a.coverage || b.hit.score - a.hit.score);
}
