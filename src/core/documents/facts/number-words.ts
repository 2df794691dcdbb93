/**
 * Latvian number words as the documents write counts ("sešas tematiskas koprades darbnīcas", "trīs video stāsti",
 * "ik pēc diviem gadiem"). "viens" is left out: "vienā kalendārajā gadā" and "viena nodarbība" say "one" as "a".
 */

const STEMS: [string, number][] = [
  ['divpadsmit', 12],
  ['vienpadsmit', 11],
  ['trīspadsmit', 13],
  ['četrpadsmit', 14],
  ['piecpadsmit', 15],
  ['divdesmit', 20],
  ['trīsdesmit', 30],
  ['desmit', 10],
  ['div', 2],
  ['trīs', 3],
  ['četr', 4],
  ['piec', 5],
  ['seš', 6],
  ['septiņ', 7],
  ['astoņ', 8],
  ['deviņ', 9],
];

/** Endings a number word takes in any case and gender ("divi", "divas", "divu", "diviem", "divās"). */
const ENDINGS = ['', 'i', 'as', 'u', 'iem', 'ām', 'os', 'ās'];

const BY_WORD = new Map<string, number>();
for (const [stem, value] of STEMS) {
  for (const ending of ENDINGS) {
    // "trīs", "desmit", "divpadsmit" do not decline; the rest always take an ending.
    const indeclinable = /(?:trīs|desmit|padsmit)$/u.test(stem);
    if (indeclinable ? ending === '' : ending !== '') BY_WORD.set(stem + ending, value);
  }
}

/** A regular expression alternative matching any number word (longest first, so "divpadsmit" wins over "div…"). */
export const NUMBER_WORD = [...BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|');

/** The value of a number written in digits ("3649", "1 000") or as a word ("sešas"); undefined otherwise. */
export function numberValue(text: string): number | undefined {
  const digits = text.replace(/[\s\u00a0]/gu, '');
  if (/^\d+(?:,\d+)?$/u.test(digits)) return Number(digits.replace(',', '.'));
  return BY_WORD.get(text.toLowerCase());
}
