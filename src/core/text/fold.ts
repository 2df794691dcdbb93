/**
 * Case and diacritic folding: the one normal form every comparison of Latvian text goes through, because users
 * often type without diacritics ("atbildigs" for "atbildīgs") and the documents always use them.
 */

/** Characters that NFD does not decompose but that users type interchangeably with plain ASCII ones. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '\u00a0': ' ', // no-break space
  '\u2007': ' ', // figure space
  '\u202f': ' ', // narrow no-break space
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
};

const LOOKALIKE_PATTERN = /[\u00a0\u2007\u202f\u2018-\u201f\u00ab\u00bb\u2010\u2011]/g;

/** Combining marks (after NFD) and invisible characters that only affect rendering or line breaking. */
const MARKS_AND_INVISIBLES = /[\p{M}\u00ad\u200b-\u200d\u2060\ufeff]/gu;
const BEYOND_ASCII = /[^ -~\t\n\r]/u;

/**
 * Lower-cases and removes diacritics: "Ļoti Ņipri" → "loti nipri". Spaces and quotes that only differ
 * typographically become their ASCII forms; soft hyphens and zero-width characters disappear. Every Latvian letter
 * folds to exactly one ASCII letter, so a folded word keeps its length and vowel count (the stemmer relies on it).
 */
export function fold(text: string): string {
  // Every character the steps below change, other than capitals, lies outside ASCII: most words need no more.
  if (!BEYOND_ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS_AND_INVISIBLES, '')
    .replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c] ?? c);
}
