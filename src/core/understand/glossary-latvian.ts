/**
 * Latvian words for the glossary: the analyzer's terms with their places in the text, so that a matched synonym
 * can name the words of the question it came from. The terms are those analyze() gives (same tokens, same stop
 * words, same stemmer); only words and abbreviations are kept, since ids, numbers and addresses have no synonyms.
 */
import { stemLv } from '../text/stem-lv.js';
import { isStopword } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';

export interface LatvianTerm {
  term: string;
  start: number;
  end: number;
}

/** analyze() drops single letters too: they are list markers and initials. */
const MIN_WORD_LENGTH = 2;

export function latvianTerms(text: string): LatvianTerm[] {
  const terms: LatvianTerm[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === 'abbr') terms.push({ term: token.norm, start: token.start, end: token.end });
    if (token.kind !== 'word' || token.norm.length < MIN_WORD_LENGTH || isStopword(token.norm)) continue;
    terms.push({ term: stemLv(token.norm), start: token.start, end: token.end });
  }
  return terms;
}
