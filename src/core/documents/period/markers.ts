/**
 * The words around the dates that change what they mean, matched in folded text (see fold.ts): "no"/"kopš"
 * (from), "līdz" (due by, or the second end of a range), "ik gadu" (yearly), "pastāvīgi" (ongoing), and the
 * "Termiņš:" label some cells start with.
 */

export type Span = [start: number, end: number];

const LABEL = /^ ?(?:(?:izpildes )?termin[si]?|deadline)(?![a-z]) ?:?/u;

/** Where the period's own text starts, after a "Termiņš:" label. */
export function labelEnd(text: string): number {
  return LABEL.exec(text)?.[0].length ?? 0;
}

export interface Marker {
  kind: 'from' | 'due';
  /** The marker's span when it is part of the period's wording (it then stays out of the note). */
  consumed?: Span;
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
/** Allowed between a marker and its date: a space and an opening bracket ("(plānots no (2025/1 …"). */
const GAP = '(?<gap>[ (\\[]*)$';
/** "ar" with a date is "as of" ("uzsākas ar 2025. gada 31. martu"); it needs the date right after it. */
const FROM = new RegExp(
  `${BEFORE}(?:no|kops|sakot no|sakot ar|ar|from(?: the)?|since(?: the)?|starting(?: from)?(?: the)?|as of)${GAP}`,
  'u',
);
const DUE = new RegExp(`${BEFORE}(?:lidz|by(?: the)?|until(?: the)?|till|ne velak ka|not later than)${GAP}`, 'u');
/** "plānots uzsākt (izstrādi) 2026. gadā", "līguma izpilde uzsākta 2024. gada 4. cet.": a start, kept in the note. */
const STARTS = /(?<![\p{L}\p{N}])uzsak[a-z]*(?: [a-z]+)? ?$/u;

/** What the words just before a date (from `from` up to `at`) make of it, if anything. */
export function markerBefore(text: string, from: number, at: number): Marker | undefined {
  const before = text.slice(from, at);
  for (const [kind, re] of [
    ['from', FROM],
    ['due', DUE],
  ] as const) {
    const m = re.exec(before);
    if (m) return { kind, consumed: [from + m.index, at - (m.groups?.gap?.length ?? 0)] };
  }
  return STARTS.test(before) ? { kind: 'from' } : undefined;
}

/** The words that join the two ends of a range: a dash, "līdz", "un turpināt līdz", "to", "until". */
const CONNECTOR = /^ ?(?:-+|to|until|till|through|(?:un [a-z]+ )?lidz) ?$/u;

export function joinsRange(between: string): boolean {
  return CONNECTOR.test(between);
}

const RECURRENCE =
  /(?<![\p{L}\p{N}])(?:ik ?gadu|katru gadu|ikgadej[a-z]*|every year|each year|yearly|annually)(?![\p{L}])/gu;
const ONGOING =
  /(?<![\p{L}\p{N}])(?:pastavig[a-z]*|nav nosakams termins|bez termina|beztermina|ongoing|permanent[a-z]*|continuous(?:ly)?|nepartraukt[a-z]*)(?![\p{L}])/gu;

export function recurrenceSpans(text: string): Span[] {
  return spansOf(RECURRENCE, text);
}

export function ongoingSpans(text: string): Span[] {
  return spansOf(ONGOING, text);
}

function spansOf(re: RegExp, text: string): Span[] {
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

const NOTHING = new Set(['', 'nav', 'nav noteikts', 'nav noradits', 'none', 'n a', 'na']);

/** True when the text holds no deadline at all: empty, dots ("….."), dashes, "nav". */
export function saysNothing(text: string): boolean {
  return NOTHING.has(
    text
      .replace(/[\p{P}\p{S}\s]+/gu, ' ')
      .trim()
      .replace(/ +/g, ' '),
  );
}
