/**
 * A query → the terms to look up and how: which fields, which boost, whether typos are allowed. The work is
 * bounded here, not by timing: the text is cut, the number of terms is capped, and only mid-length words are
 * looked up fuzzily.
 */
import { analyzeTerms, type Term } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import type { Field } from './fields.js';
import type { SearchQuery } from './search-item.js';

export interface Clause {
  term: string;
  fields: readonly Field[];
  boost: number;
  /** Also match index terms one edit away. */
  fuzzy: boolean;
  /** Match index terms that begin with `term` (a Latvian word's other derivations: "īstenot" ~ "īstenos"). */
  prefix?: boolean;
}

export interface PlannedTerm {
  /** The query term as reported back in `matchedTerms`. */
  key: string;
  clauses: Clause[];
}

/** Questions are a sentence or two; a pasted document is cut rather than analysed whole. */
export const MAX_QUERY_CHARS = 4000;
export const MAX_TEXT_TERMS = 24;
export const MAX_EXTRA_TERMS = 16;
/** Longer than any term the documents hold (their longest URL is some 600 characters). */
const MAX_TERM_CHARS = 1024;
/** Shorter stems are too loose with one edit ("lap" ~ "lai", "lat", "pap"); longer ones are not typos. */
const FUZZY_MIN_CHARS = 5;
const FUZZY_MAX_CHARS = 32;
const FUZZY_BOOST = 0.2;
const MAX_EXTRA_BOOST = 10;
/**
 * The light stemmer strips case endings only; verbs and derived nouns keep theirs ("īstenot", "īstenos",
 * "apkopot", "apkopojums"). Long stems also match by their beginning, the last two letters dropped, at a low boost.
 */
const PREFIX_MIN_STEM = 7;
const PREFIX_MIN_CHARS = 5;
const PREFIX_TRIM = 2;
const PREFIX_BOOST = 0.3;

const ALL: readonly Field[] = ['exact', 'title', 'body'];
const TEXT: readonly Field[] = ['title', 'body'];

export function planQuery(query: SearchQuery): PlannedTerm[] {
  const planned = new Map<string, PlannedTerm>();
  for (const term of analyzeTerms(query.text.slice(0, MAX_QUERY_CHARS))) {
    if (planned.size >= MAX_TEXT_TERMS) break;
    if (usable(term.term) && !planned.has(term.term)) planned.set(term.term, planTerm(term));
  }
  let extras = 0;
  for (const extra of query.extraTerms ?? []) {
    if (extras >= MAX_EXTRA_TERMS) break;
    const key = fold(extra.term.trim());
    if (!usable(key) || planned.has(key)) continue;
    planned.set(key, { key, clauses: [clause(key, ALL, extraBoost(extra.boost))] });
    extras++;
  }
  return [...planned.values()];
}

function planTerm(term: Term): PlannedTerm {
  if (term.kind === 'phone') return { key: term.term, clauses: phoneForms(term.term).map((p) => clause(p, ALL)) };
  if (term.kind !== 'word') return { key: term.term, clauses: [clause(term.term, ALL)] };
  const clauses =
    term.folded === term.term
      ? [clause(term.term, ALL)]
      : // The unstemmed form finds abbreviations typed in lower case ("vbtai"), which are indexed unstemmed.
        [clause(term.term, TEXT), clause(term.folded, ALL)];
  if (term.term.length >= FUZZY_MIN_CHARS && term.term.length <= FUZZY_MAX_CHARS) {
    clauses.push({ term: term.term, fields: TEXT, boost: FUZZY_BOOST, fuzzy: true });
  }
  if (term.term.length >= PREFIX_MIN_STEM && term.term.length <= FUZZY_MAX_CHARS) {
    const prefix = term.term.slice(0, Math.max(PREFIX_MIN_CHARS, term.term.length - PREFIX_TRIM));
    clauses.push({ term: prefix, fields: TEXT, boost: PREFIX_BOOST, fuzzy: false, prefix: true });
  }
  return { key: term.term, clauses };
}

/** A Latvian number is written with or without +371; either spelling finds the other. */
function phoneForms(phone: string): string[] {
  if (/^\+371\d{8}$/u.test(phone)) return [phone, phone.slice(4)];
  if (/^\d{8}$/u.test(phone)) return [phone, `+371${phone}`];
  return [phone];
}

function clause(term: string, fields: readonly Field[], boost = 1): Clause {
  return { term, fields, boost, fuzzy: false };
}

/** '*' is the one character lunr reads as syntax even in a programmatic term (a wildcard). */
function usable(term: string): boolean {
  return term.length > 0 && term.length <= MAX_TERM_CHARS && !term.includes('*');
}

function extraBoost(boost: number | undefined): number {
  if (boost === undefined || !Number.isFinite(boost) || boost <= 0) return 1;
  return Math.min(boost, MAX_EXTRA_BOOST);
}
