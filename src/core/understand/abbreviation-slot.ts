/** Abbreviations a question asks about, and questions typed in capitals ("WHAT DOES PKC STAND FOR"). */
import { outermostTokens } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';

/**
 * A message mostly in capitals has every word look like an abbreviation; lower-case all but the known ones so that
 * the rest of understanding sees ordinary words.
 */
export function quietShouting(text: string, known: ReadonlySet<string>): string {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  if (letters.length < 8 || upper.length / letters.length < 0.7) return text;
  const knownUpper = new Map([...known].map((a) => [a.toUpperCase(), a]));
  return text.replace(/[\p{L}\d+]+/gu, (word) => knownUpper.get(word) ?? word.toLowerCase());
}

/** Words written like abbreviations (two or more capitals: "VBTAI", "IeM IC", "NAP2027"), known or not. */
export function abbreviationsAsked(text: string, known: ReadonlySet<string>): string[] {
  const found = outermostTokens(tokenize(text))
    .filter((t) => t.kind === 'abbr')
    .map((t) => t.text);
  // Lower-case questions ("ko nozīmē vbtai") name known abbreviations only.
  const lower = text.match(/[\p{L}\d+]+/gu) ?? [];
  const byLower = new Map([...known].map((a) => [a.toLowerCase(), a]));
  for (const word of lower) {
    const abbr = byLower.get(word.toLowerCase());
    if (abbr && word === word.toLowerCase() && word.length >= 3) found.push(abbr);
  }
  return [...new Set(found)];
}
