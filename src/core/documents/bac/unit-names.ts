/**
 * Recognising the Centre's structural units in running text: "Bērnu tiesību aizsardzības departaments",
 * "Uzticības tālruņa nodaļa", "Krīzes intervences komanda", "Bērna māja", and their genitives ("… departamenta").
 * A unit name is a capitalised word, then lower-case words, then a unit noun; so "Centra Uzraudzības dienesta" gives
 * "Uzraudzības dienesta", and a list "A, B un C" gives three names.
 */

const NOMINATIVE_TO_GENITIVE: Record<string, string> = {
  departaments: 'departamenta',
  dienests: 'dienesta',
  nodaļa: 'nodaļas',
  komanda: 'komandas',
  māja: 'mājas',
};

/** Units that head others; a section ("nodaļa") or team ("komanda") belongs under one of these. */
export const HEAD_NOUNS = new Set(['departaments', 'dienests']);

const NOMINATIVES = Object.keys(NOMINATIVE_TO_GENITIVE).join('|');
const GENITIVES = Object.values(NOMINATIVE_TO_GENITIVE).join('|');
const PHRASE = String.raw`\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)*?\s+`;
const END = String.raw`(?=[\s,.:;]|$)`;

export const NOMINATIVE_PHRASE = `${PHRASE}(?:${NOMINATIVES})${END}`;
export const GENITIVE_PHRASE = `${PHRASE}(?:${GENITIVES})${END}`;

const LEADING = new RegExp(`^(?:(?:Centra|Papildus)\\s+)?(?:(${GENITIVE_PHRASE})\\s+)?(${NOMINATIVE_PHRASE})`, 'u');
const COMPOSITION = new RegExp(`^(?:Centra\\s+)?(${GENITIVE_PHRASE})\\s+sastāvā\\s+(.*)$`, 'u');

export interface LeadingUnit {
  name: string;
  /** The parent named before it in the genitive ("Bērnu labbūtības veicināšanas departamenta"), in nominative. */
  parent?: string;
  /** Length of the matched lead ("Centra Administratīvais departaments"), so the rest of the sentence can be read. */
  length: number;
}

/** The unit a sentence starts with, as its subject: "Analītikas nodaļa iegūst …". */
export function leadingUnit(sentence: string): LeadingUnit | undefined {
  const m = LEADING.exec(sentence);
  if (!m) return undefined;
  const unit: LeadingUnit = { name: m[2] as string, length: m[0].length };
  if (m[1]) unit.parent = toNominative(m[1]);
  return unit;
}

/** "Centra Uzraudzības dienesta sastāvā darbojas A un B" → parent and the members listed. */
export function composition(sentence: string): { parent: string; members: string[] } | undefined {
  const m = COMPOSITION.exec(sentence);
  if (!m) return undefined;
  return { parent: toNominative(m[1] as string), members: unitNamesIn(m[2] as string) };
}

export function unitNamesIn(text: string): string[] {
  return [...text.matchAll(new RegExp(NOMINATIVE_PHRASE, 'gu'))].map((m) => m[0]);
}

/** Only the head noun changes case; the words before it are genitive in both forms. */
export function toNominative(genitivePhrase: string): string {
  const words = genitivePhrase.split(/\s+/u);
  const last = words.pop() ?? '';
  const nominative = Object.entries(NOMINATIVE_TO_GENITIVE).find(([, gen]) => gen === last)?.[0] ?? last;
  return [...words, nominative].join(' ');
}

export function headNoun(name: string): string {
  return name.split(/\s+/u).pop() ?? '';
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The same unit spelt in another case or with a slip ("Metodiskā vadības …" for "Metodiskās vadības …") gets the
 * same key: each word folded and stripped of one case ending.
 */
export function unitKey(name: string): string {
  return name
    .split(/\s+/u)
    .map((w) => fold(w).replace(/(?:as|es|is|us|a|e|i|u|s)$/u, ''))
    .join(' ');
}

export function slug(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}
