/**
 * The Latvian light stemmer (Krēsliņš 1996 as simplified in Lucene's LatvianStemmer): removes one noun or
 * adjective ending, keeping at least three characters and one vowel, and undoes consonant softening where a
 * declension II/V/VI ending was removed.
 *
 * It runs on FOLDED words (DESIGN.md: fold first, then stem, at index and query time alike) so that "pusgadā" and
 * a user's "pusgada" reach the same stem. Folding maps each Latvian letter to one ASCII letter, so lengths and
 * vowel counts are unchanged and the rules carry over with folded suffixes.
 */
import { fold } from './fold.js';

interface Suffix {
  text: string;
  vowels: number;
  /** Removing it may leave a softened consonant to undo (marked * in the published list). */
  softens: boolean;
}

/**
 * The published list in its exact order (first match wins), grouped by vowel count. Folding merges pairs such as
 * "ām"/"am"; the first occurrence keeps its place and its mark, so folded "a" is the softening "a*", not "ā".
 */
const PUBLISHED_SUFFIXES = [
  'ajiem ajai',
  'ajam ajām ajos ajās iem* ajā ais ai ei',
  'ām am ēm īm im um us* as ās es os* ij īs ēs is ie u* a* i* e ā ē ī ū o',
  's š',
].join(' ');

const VOWELS = /[aeiou]/g;

function vowelCount(folded: string): number {
  return folded.match(VOWELS)?.length ?? 0;
}

const SUFFIXES: readonly Suffix[] = (() => {
  const seen = new Set<string>();
  const list: Suffix[] = [];
  for (const entry of PUBLISHED_SUFFIXES.split(' ')) {
    const text = fold(entry.replace('*', ''));
    if (seen.has(text)) continue;
    seen.add(text);
    list.push({ text, vowels: vowelCount(text), softens: entry.endsWith('*') });
  }
  return list;
})();

/** The published rules leave at least this many characters (the softening rules are held to it too). */
const MIN_STEM = 3;

/** Stems a folded, lower-case word; anything it does not recognise comes back unchanged. */
export function stemLv(folded: string): string {
  const vowels = vowelCount(folded);
  for (const suffix of SUFFIXES) {
    if (!folded.endsWith(suffix.text)) continue;
    if (vowels <= suffix.vowels || folded.length < suffix.text.length + MIN_STEM) continue;
    const stem = folded.slice(0, folded.length - suffix.text.length);
    return suffix.softens ? unsoften(stem, suffix.text) : stem;
  }
  return folded;
}

/**
 * Undoes softening on a folded stem. Of the published rules only two survive folding: "kš" → "kst" after an
 * ending in u ("rīkšu" → "rīkst", so folded "ks" → "kst"), and dropping the epenthetic j after p, b, m, v
 * ("kurmjiem" → "kurm"). The others (šņ→sn, žņ→zn, šļ→sl, žļ→zl, ļņ→ln, ļļ→ll, ņņ→nn, č→c, ļ→l, ņ→n) map
 * softened letters to plain ones, which folding has already done.
 */
function unsoften(stem: string, suffix: string): string {
  if (suffix.startsWith('u') && stem.endsWith('ks')) return `${stem}t`;
  if (/[pbmv]j$/.test(stem) && stem.length > MIN_STEM) return stem.slice(0, -1);
  return stem;
}
