/**
 * English words for the glossary: a tokenizer that keeps each word's place in the text, and a light normaliser
 * applied alike to the glossary's keys and to a question's words, so that "orphan's courts", "families",
 * "funded" and "monthly" meet "orphan's court", "family", "fund" and "month". It is not a linguistic stemmer:
 * it only has to send a word and its inflections to the same key, and a test checks that no two entries collide.
 */
import { fold } from '../text/fold.js';
import { isStopword } from '../text/stopwords.js';

export interface EnglishToken {
  /** The normalised form compared with the glossary's keys. */
  norm: string;
  /** The word as folded from the text, for the length rule of typo matching. */
  folded: string;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** The word has Latvian letters or other diacritics: it is never looked up as English. */
  accented: boolean;
  /** A function word of either language's stop list: it may sit inside a phrase but is never looked up alone. */
  stop: boolean;
}

/**
 * Letters and digits, with apostrophes inside a word ("orphan's"). Hyphens, slashes and other punctuation split
 * words, so "out-of-family care" and "e-mail" are phrases of plain words on both sides.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s?$/u;
const APOSTROPHES = /['’]/gu;

/** Consonants that English doubles before -ing and -ed ("planning", "committed"). */
const DOUBLED = /([bdgkmnprt])\1$/u;
/** Stems shorter than this are left whole, so "thing", "need" and "add" keep their shape. */
const MIN_STEM = 3;
/** "-ly" goes only from longer words: "monthly" → "month", but "family", "early" and "timely" stay whole. */
const MIN_LY_STEM = 5;

export function englishTokens(text: string): EnglishToken[] {
  const tokens: EnglishToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const bare = match[0].toLowerCase().replace(POSSESSIVE, '').replace(APOSTROPHES, '');
    const folded = fold(bare);
    tokens.push({
      norm: normalizeEnglishWord(folded),
      folded,
      start: match.index,
      end: match.index + match[0].length,
      accented: folded !== bare,
      stop: isStopword(folded),
    });
  }
  return tokens;
}

/** The normal form of one lower-case English word: "families" → "family", "guardians" → "guardian". */
export function normalizeEnglishWord(word: string): string {
  const base = word.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  return dropFinalE(stripInflection(base));
}

/** Removes at most one ending: plural, -ing, -ed or -ly. */
function stripInflection(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|zes)$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/u.test(word)) return keepLong(word, word.slice(0, -1));
  if (word.endsWith('ing')) return undouble(keepLong(word, word.slice(0, -3)));
  if (word.endsWith('ied') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ed') && !word.endsWith('eed')) return undouble(keepLong(word, word.slice(0, -2)));
  if (word.endsWith('ly') && word.length - 2 >= MIN_LY_STEM) return word.slice(0, -2);
  return word;
}

/** "centre" and "center" stay two keys, but "service", "services" and "serviced" all end as "servic". */
function dropFinalE(word: string): string {
  return word.endsWith('e') && word.length > MIN_STEM ? word.slice(0, -1) : word;
}

function keepLong(word: string, stem: string): string {
  return stem.length >= MIN_STEM ? stem : word;
}

function undouble(stem: string): string {
  return DOUBLED.test(stem) && stem.length > MIN_STEM ? stem.slice(0, -1) : stem;
}
