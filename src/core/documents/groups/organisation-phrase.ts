/**
 * Where an organisation's name ends in a member's description, e.g. "Labklājības ministrijas | valsts sekretāra
 * vietniece" or "Biedrības “Latvijas Autisma apvienība” | valdes priekšsēdētāja".
 *
 * An organisation phrase ends at its last head word: a noun that names an organisation (in any case form:
 * "ministrija", "ministrijas", "centrs", "centra", …), an abbreviation ("LM", "IeM", "BKUS") or a closing quote.
 * Words inside quotes are names, not heads ("“Latvijas Autisma apvienība”" ends at the quote, not at "apvienība").
 */

const STEMS: [string[], string[]][] = [
  [
    [
      'ministrij',
      'inspekcij',
      'asociācij',
      'organizācij',
      'komisij',
      'akadēmij',
      'policij',
      'prokuratūr',
      'aģentūr',
      'kancelej',
      'slimnīc',
      'klīnik',
      'savienīb',
      'apvienīb',
      'biedrīb',
      'pašvaldīb',
      'nodaļ',
      'bāriņties',
      'saeim',
    ],
    ['a', 'as'],
  ],
  [
    ['universitāt', 'dom', 'pārvald', 'skol', 'padom'],
    ['e', 'es'],
  ],
  [
    ['centr', 'fond', 'departament', 'dienest', 'nodibinājum', 'institūt', 'biroj'],
    ['s', 'a'],
  ],
];

const ORGANISATION_NOUNS = new Set(
  STEMS.flatMap(([stems, endings]) => stems.flatMap((stem) => endings.map((e) => stem + e))),
);

const OPENING_QUOTES = new Set(['“', '„', '‘']);
const CLOSING_QUOTES = new Set(['”', '’']);

export function isOrganisationNoun(word: string): boolean {
  // "13.Saeimas": only the trailing letters are the word.
  const letters = /\p{L}+$/u.exec(word)?.[0];
  return letters !== undefined && ORGANISATION_NOUNS.has(letters.toLowerCase());
}

/** "LM", "IeM", "VBTAI", "IC": a short word with at least two capitals. */
export function isAbbreviation(word: string): boolean {
  const bare = word.replace(/[;,.:]+$/u, '');
  if (!/^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(bare)) return false;
  return (bare.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** The index just after the organisation phrase at the start of `text`, or -1 when there is none. */
export function organisationEnd(text: string): number {
  let depth = 0;
  let end = -1;
  for (const m of text.matchAll(/\S+/gu)) {
    const word = m[0];
    const outside = depth === 0;
    let closes = false;
    for (const ch of word) {
      if (OPENING_QUOTES.has(ch)) depth += 1;
      else if (CLOSING_QUOTES.has(ch)) {
        depth = Math.max(0, depth - 1);
        closes = true;
      } else if (ch === '"') {
        depth = depth > 0 ? depth - 1 : 1;
        closes = depth === 0;
      }
    }
    const head = (closes && depth === 0) || (outside && (isOrganisationNoun(word) || isAbbreviation(word)));
    if (head) end = (m.index ?? 0) + word.length;
  }
  return end;
}
