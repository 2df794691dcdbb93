/**
 * "Cik darba semināru paredzēts 2.2.4. pasākumā?" asks for a number of seminars. An answer that quotes the
 * activity's results without any number of seminars in them ("izstrādāta mācību programma") explains the activity
 * well but does not answer: the document leaves that number out. This finds the counted thing in the question and
 * checks that the cited text puts a number next to it.
 */
import { fold } from '../text/fold.js';
import { stemLv } from '../text/stem-lv.js';
import { isStopword } from '../text/stopwords.js';
import type { Understanding } from '../understand/understanding.js';

/** "cik ilgi", "cik bieži", "how much": a duration, a frequency or an amount, not a count of things. */
const NOT_COUNTS = new Set(['ilgi', 'biezi', 'daudz', 'liela', 'liels', 'lielu', 'procentu', 'procenti', 'ilgs']);
const LATVIAN = /\bcik\s+((?:[\p{L}-]+\s*){1,5})/u;
const ENGLISH =
  /\b(?:how many|number of)\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+?)(?=\s+(?:are|is|will|should|did|do|does|have|has|were|was|can|would|in|of|for|under|per|by|at|to|a|the|did)\b|[?.,]|$)/u;
/** A Latvian verb ends the counted phrase: "cik semināru paredzēts", "cik jāpilnveido", "cik ir". */
const VERB =
  /^(?:ja\p{L}+|ir|bija|bus|tiks|tika|var|paredz\p{L}*|plano\p{L}*|plan\p{L}*|nodrosin\p{L}*|sasniedz\p{L}*)$/u;
/**
 * Counted Latvian nouns are plural genitives, datives or locatives ("cik semināru", "cik bērniem", "cik
 * pasākumos"); modifiers are not.
 */
const COUNTED_FORM = /(?:u|iem|am|em|im|os)$/u;
const NUMBER_WORDS = new Set(
  (
    'viens viena vienu vienam vienai divi divas divu diviem divam tris trim cetri cetras cetriem pieci piecas ' +
    'sesi sesas septini septinas astoni astonas devini devinas desmit simts simti tukstotis tukstosi ' +
    'one two three four five six seven eight nine ten eleven twelve twenty hundred thousand'
  ).split(' '),
);
/**
 * How many words from the counted thing its number may stand: before it, across a chain of modifiers ("838 no
 * 1227 pirmsskolas, vispārējās un profesionālās izglītības iestāžu"); after it, only right after, or further after
 * "skaits (unikālās personas) -".
 */
const REACH_BEFORE = 7;
const REACH = 2;
const REACH_AFTER_COUNT = 12;

/** The stems of the thing the question counts, with their Latvian translations; empty when it counts nothing. */
export function countedTerms(u: Understanding): string[] {
  const folded = fold(u.text);
  const latvian = LATVIAN.exec(folded)?.[1];
  // "Cik pasākumos IeM …": a name is not the counted thing, whatever its letters end in.
  const names = new Set(u.institutions.flatMap((i) => fold(i.text).split(/\s+/u)));
  const words = (latvian ? latvianNouns(latvian) : englishNouns(folded)).filter((w) => !names.has(w));
  if (words.length === 0 || words.some((w) => NOT_COUNTS.has(w))) return [];
  const translated = u.searchTerms.filter(
    (t) =>
      t.source &&
      fold(t.source)
        .split(/\s+/u)
        .some((w) => words.includes(w)),
  );
  // An English word the glossary does not translate is no Latvian stem: it cannot be looked for.
  if (!latvian && translated.length === 0) return [];
  return [...new Set([...words.map(stemLv), ...translated.map((t) => fold(t.term))])]
    .filter((t) => t.length > 2)
    .map(alternationFree);
}

/** "iestāžu" and "iestādes" share a stem but for the alternating consonant at its end: compare without it. */
function alternationFree(stem: string): string {
  return stem.length >= 5 ? stem.slice(0, -1) : stem;
}

function latvianNouns(phrase: string): string[] {
  const words: string[] = [];
  for (const word of phrase.split(/\s+/u).filter(Boolean)) {
    if (VERB.test(word) || isStopword(word)) break;
    words.push(word);
  }
  if (words.some((w) => NOT_COUNTS.has(w))) return ['ilgi'];
  return words.filter((w) => w.length > 2 && COUNTED_FORM.test(w));
}

/**
 * English has no case to tell the counted noun from the verb after it ("how many schools applied"), so its first
 * few words all count: a number next to any of them is taken as the count.
 */
function englishNouns(folded: string): string[] {
  const phrase = ENGLISH.exec(folded)?.[1] ?? '';
  return phrase
    .split(/\s+/u)
    .slice(0, 3)
    .filter((w) => w.length > 2 && !isStopword(w));
}

/**
 * Whether the text puts a number next to one of the counted terms: within two words before it ("12 semināri") or
 * after it ("Konsultāciju skaits - 2000"), or as a field that is a number alone ("Rezultatīvais rādītājs: 720").
 */
export function statesCount(text: string, terms: readonly string[]): boolean {
  if (/:\s*\d[\d\s]*$/mu.test(text)) return true;
  // "Aizbildņu skaits … (personu skaits):; 2023.- 1 445; 2024.- 1 200": a count's values may follow in a list.
  if (countFollows(tokensOf(text), terms)) return true;
  // Otherwise a number counts the noun of its own clause: a list line, a field, a quotation are apart.
  return text.split(/[;\n|“”"]+/u).some((clause) => numberNear(tokensOf(clause), terms));
}

const hits = (t: Token, terms: readonly string[]) => terms.some((term) => t.word.startsWith(term));

function countFollows(tokens: Token[], terms: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      hits(t, terms) &&
      tokens[i + 1]?.word.startsWith('skait') === true &&
      tokens.slice(i + 2, i + REACH_AFTER_COUNT + 1).some((n) => n.number),
  );
}

function numberNear(tokens: Token[], terms: readonly string[]): boolean {
  return tokens.some(
    (t, i) => hits(t, terms) && tokens.slice(Math.max(0, i - REACH_BEFORE), i + REACH + 1).some((n) => n.number),
  );
}

interface Token {
  word: string;
  number: boolean;
}

function tokensOf(text: string): Token[] {
  const folded = fold(text);
  // Digits grouped by spaces are one number, and a sum of euro is money, not a count.
  const grouped = folded
    .replace(/(\d) (?=\d{3}\b)/gu, '$1')
    .replace(/\d+ ?(?:euro|eur)\b/gu, 'euro')
    .replace(/(?:19|20)\d{2}\s*[–—-]\s*(?:19|20)\d{2}/gu, 'years');
  return [...grouped.matchAll(/\d+(?:[.,]\d+)*(?:\.(?=\s?[a-z]))?\)?|\p{L}+/gu)].map((m) => {
    const word = m[0];
    return { word, number: NUMBER_WORDS.has(word) || isCount(word) };
  });
}

/** "1)" numbers a line, "2.1.2" an item and "2024. gada" or "2. pusgads" an order: none of them counts things. */
function isCount(token: string): boolean {
  if (!/^\d/u.test(token) || token.endsWith(')') || token.endsWith('.')) return false;
  // 2000 may be a count ("Konsultāciju skaits - 2000"); the documents' years run from the 2010s to the 2030s.
  return !/^\d+\.\d+/u.test(token) && !/^20[1-3]\d$/u.test(token);
}
