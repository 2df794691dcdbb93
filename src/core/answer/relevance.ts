/**
 * How much of a question a search hit covers. A question is split into concepts: each Latvian word it uses, and
 * each English word or phrase the glossary translates (any of its Latvian terms counts). A concept weighs as much
 * as its rarest term is rare in the documents, so "Kontakts" matters more than "gads". A word the documents never
 * use (e.g. "weather") still weighs in, so a hit cannot cover a question about something else.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Hit } from '../search/search-item.js';
import { analyze, analyzeTerms } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import { foldedWords } from '../understand/cues.js';
import { roleWords } from '../understand/fields.js';
import type { Field, Understanding } from '../understand/understanding.js';

/** English words that carry no subject of their own in a question ("can one get …", "within six years"). */
const ENGLISH_FILLER = new Set(
  (
    'one ones get gets got can could would should must need needs want like make made also just any some many much ' +
    'please know tell give find keep up out via per within whose does did done using use used since ever still took'
  ).split(' '),
);

export interface Concept {
  terms: string[];
  weight: number;
}

type Translation = Understanding['searchTerms'][number];

export function questionConcepts(u: Understanding, kb: KnowledgeBase): Concept[] {
  const idf = (term: string) => {
    const df = kb.termFrequency.get(term);
    return df ? Math.log(kb.itemCount / df) : Math.log(kb.itemCount) * 0.75;
  };
  const translated = u.searchTerms.filter((t) => t.source !== undefined);
  const groups = groupBySource(translated);
  // A Latvian phrase the question already uses ("uzticības tālrunis") is matched word by word: its synonyms'
  // words ("palīdzības tālrunis") must not let "tālrunis" alone stand for the whole phrase.
  const english = [...groups].filter(([source]) => !isLatvianPhrase(source, kb));
  const covered = new Set(english.flatMap(([source]) => sourceWords(source)));
  const roles = asksWho(u) ? roleWords(foldedWords(fold(u.text)), fold(u.text)) : new Set<string>();
  const concepts: Concept[] = [];
  for (const term of analyzeTerms(u.text)) {
    if (term.kind === 'word' && (covered.has(term.folded) || ENGLISH_FILLER.has(term.folded))) continue;
    if (roles.has(term.folded)) continue;
    const synonyms = groups.get(term.folded)?.map((t) => fold(t.term)) ?? [];
    concepts.push({ terms: [term.term, ...synonyms], weight: idf(term.term) });
  }
  for (const [source, terms] of english) {
    if (sourceWords(source).every((w) => roles.has(fold(w)))) continue;
    // The word itself counts too: English "individual" is also the stem of Latvian "individuālās".
    const all = [...terms.map((t) => fold(t.term)), ...analyzeTerms(source).map((t) => t.term)];
    const known = all.filter((t) => kb.termFrequency.has(t));
    if (known.length > 0) concepts.push({ terms: all, weight: Math.max(...known.map(idf)) });
  }
  return concepts;
}

function asksWho(u: Understanding): boolean {
  return ['responsible', 'coResponsible', 'deadline'].some((f) => u.fields.includes(f as Field));
}

function groupBySource(translated: Translation[]): Map<string, Translation[]> {
  const groups = new Map<string, Translation[]>();
  for (const t of translated) {
    const key = fold(t.source as string);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return groups;
}

function isLatvianPhrase(source: string, kb: KnowledgeBase): boolean {
  const terms = analyzeTerms(source);
  return terms.length > 0 && terms.every((t) => kb.termFrequency.has(t.term));
}

function sourceWords(source: string): string[] {
  return [source, ...source.split(/\s+/u), ...source.split(/[^\p{L}\p{N}]+/u)];
}

/**
 * The share (0–1) of the question's weight that the hit matched. `free` terms count as matched: the words of a
 * document's title when the question names that document ("Kas parakstīja valsts programmu 2026. gadam?" is
 * answered by a line of that programme that says none of those words).
 */
export function coverage(hit: Hit, concepts: readonly Concept[], free?: ReadonlySet<string>): number {
  const total = concepts.reduce((s, c) => s + c.weight, 0);
  if (total === 0) return 0;
  const matched = new Set([...hit.matchedTerms, ...(free ?? [])]);
  const covered = concepts.filter((c) => c.terms.some((t) => matched.has(t))).reduce((s, c) => s + c.weight, 0);
  return covered / total;
}

export interface RankedHit {
  hit: Hit;
  coverage: number;
  /** How many of the question's concepts the hit matched (title words of a named document included). */
  matchedConcepts: number;
}

/**
 * Hits ordered by coverage (how much of the question they answer), then by the search score. A hit whose text has
 * what the question asks for — a year for "kad/since when", a number for "cik/how many" — wins a near tie.
 */
export interface RankOptions {
  wants?: AnswerType;
  /** Title words of the documents the question names, by document. */
  named?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The question's terms in their order, for a title that repeats a phrase of it. */
  phrase?: readonly string[];
}

export function rankByCoverage(
  hits: readonly Hit[],
  concepts: readonly Concept[],
  options: RankOptions = {},
): RankedHit[] {
  const { wants, named, phrase } = options;
  const bonus = (hit: Hit) =>
    (wants && ANSWER_TYPES[wants].test(`${hit.item.title} ${hit.item.body}`) ? TYPE_BONUS : 0) +
    (phrase ? titlePhraseBonus(hit, phrase) : 0);
  const matchedOf = (hit: Hit) => new Set([...hit.matchedTerms, ...(named?.get(hit.item.source.document) ?? [])]);
  // A long paragraph is cut into chunks; a question's words may fall on both sides of a cut.
  const byParagraph = new Map<string, Set<string>>();
  for (const hit of hits) {
    if (hit.item.kind !== 'passage') continue;
    const key = paragraphKey(hit);
    byParagraph.set(key, new Set([...(byParagraph.get(key) ?? []), ...matchedOf(hit)]));
  }
  return hits
    .map((hit) => {
      const matched = matchedOf(hit);
      const own = coverage(hit, concepts, matched);
      const paragraph = hit.item.kind === 'passage' ? byParagraph.get(paragraphKey(hit)) : undefined;
      const joint = paragraph ? coverage(hit, concepts, paragraph) : own;
      const terms = joint > own && paragraph ? paragraph : matched;
      const count = concepts.filter((k) => k.terms.some((t) => terms.has(t))).length;
      const c = Math.max(own, joint);
      return { hit, coverage: c, matchedConcepts: count, rank: c + bonus(hit) };
    })
    .sort((a, b) => b.rank - a.rank || b.hit.score - a.hit.score)
    .map(({ hit, coverage: c, matchedConcepts }) => ({ hit, coverage: c, matchedConcepts }));
}

/**
 * "programmām bērniem ar psihomotoriem un psihosociāliem traucējumiem" is the title of two measures word for word;
 * a long task that uses the same words in passing must not outrank them. A title made mostly of a phrase of the
 * question (three terms in a row or more) wins as much more as the phrase is of the title.
 */
const MAX_PHRASE_BONUS = 0.2;
const MIN_PHRASE = 3;

function titlePhraseBonus(hit: Hit, phrase: readonly string[]): number {
  if (hit.item.kind === 'passage' || !hit.item.title) return 0;
  const title = analyze(hit.item.title);
  let best = 0;
  for (let start = 0; start < title.length; start += 1) {
    for (let q = 0; q < phrase.length; q += 1) {
      let run = 0;
      while (title[start + run] !== undefined && title[start + run] === phrase[q + run]) run += 1;
      best = Math.max(best, run);
    }
  }
  return best < MIN_PHRASE ? 0 : (MAX_PHRASE_BONUS * best) / title.length;
}

function paragraphKey(hit: Hit): string {
  return `${hit.item.source.document}:${hit.item.source.line}`;
}

export type AnswerType = 'date' | 'number' | 'amount' | 'agent';
export const ANSWER_TYPES: Record<AnswerType, RegExp> = {
  date: /\b(?:19|20)\d{2}\b/u,
  number: /\d/u,
  // A sum of money or a share: "49,24 EUR", "283 239 euro", "70 procentu", "68,3%".
  amount: /\d(?:[\d\s]*\d)?(?:[.,]\d+)?\s*(?:EUR|euro|eiro|%|procent)/u,
  // An organisation named as such: a society, a foundation, a company, a developer.
  agent: /\b(?:biedrīb\p{L}*|nodibinājum\p{L}*|SIA|uzņēmum\p{L}*|izstrādātāj\p{L}*|Consulting)\b/u,
};
const TYPE_BONUS = 0.08;

/** What kind of answer the question wants, from its first words. */
export function answerType(u: Understanding): AnswerType | undefined {
  const start = fold(u.text).slice(0, 48);
  if (/\b(?:kad|kops|since|when|kura gada|what year|what date)\b/u.test(start)) return 'date';
  if (/\b(?:rate|likme|how much|what amount|cik liel\p{L}*|cik maksa|kads ir apmers)\b/u.test(start)) return 'amount';
  if (/\b(?:cik|how many|what number)\b/u.test(start)) return 'number';
  if (
    /\b(?:which (?:company|organi[sz]ation|firm|society)|who (?:will|is going to) (?:implement|develop|run|carry)|kurs uznemums|kura organizacija|kas istenos|kas izstrada)\b/u.test(
      start,
    )
  )
    return 'agent';
  return undefined;
}
