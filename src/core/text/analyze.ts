/**
 * The analyzer: text → the terms used for indexing and querying. Words are folded, stop words dropped and the
 * rest stemmed; ids, numbers, phones, e-mails, URLs and abbreviations keep their normal form, since they must
 * match exactly.
 */
import { stemLv } from './stem-lv.js';
import { isStopword } from './stopwords.js';
import type { TokenKind } from './token.js';
import { tokenize } from './tokenize.js';

export interface Term {
  /** The indexed form: the stem of a word, the norm of anything else. */
  term: string;
  /** The folded form before stemming (equal to `term` for everything but words). */
  folded: string;
  kind: TokenKind;
}

/** Single letters are list markers ("a)", "b)") and initials, never something to look up. */
const MIN_WORD_LENGTH = 2;

/** Stems by folded word: a corpus repeats a few thousand words, and a question repeats the documents' words. */
const STEM_MEMO_SIZE = 50_000;
const stems = new Map<string, string>();

function stem(folded: string): string {
  const known = stems.get(folded);
  if (known !== undefined) return known;
  if (stems.size >= STEM_MEMO_SIZE) stems.clear();
  const stemmed = stemLv(folded);
  stems.set(folded, stemmed);
  return stemmed;
}

export function analyzeTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') {
      terms.push({ term: token.norm, folded: token.norm, kind: token.kind });
    } else if (token.norm.length >= MIN_WORD_LENGTH && !isStopword(token.norm)) {
      terms.push({ term: stem(token.norm), folded: token.norm, kind: 'word' });
    }
  }
  return terms;
}

export function analyze(text: string): string[] {
  return analyzeTerms(text).map((t) => t.term);
}
