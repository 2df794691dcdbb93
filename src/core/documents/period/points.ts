/**
 * The dates a period text is made of ("points"): a day, month, quarter, half-year or year, found in folded text
 * (see fold.ts) by the patterns below. A point may lack its year ("līdz aprīlim" in "no 2024. gada februāra līdz
 * aprīlim"); the caller lends it the year of the other end of a range, or reports it. Values are not checked here:
 * "31. septembrim" is a point with day 31 and month 9, and validity is judged once years are known.
 */
import type { PeriodUnit } from '../../deadlines/calendar.js';

export interface Point {
  unit: PeriodUnit;
  year?: number;
  /** The quarter (1–4) or half (1–2) for those units; anything else is kept to be reported. */
  part?: number;
  month?: number;
  day?: number;
  /** Span in the folded text. */
  start: number;
  end: number;
}

const NOT_WORD = '(?![\\p{L}\\p{N}])';
const YEAR = '(?<year>\\d{4})(?!\\d)';
/** "gada", "gads", "gadā", "gadam", "g." after the year, with or without the dot and the space. */
const YEAR_WORD = ' ?\\.? ?(?:gad[a-z]*|g\\.|g(?![a-z]))';
const ORDINAL =
  '(?:(?<ord>\\d{1,2})(?: ?\\.|st|nd|rd|th)?|(?<ordw>pirm|otr|tres|ceturt|first|second|third|fourth)[a-z]*) ?';
const QUARTER = '(?:ceturk[a-z]*\\.?|cet(?![a-z])\\.?|quarter(?![a-z]))';
const HALF = '(?:pusgad[a-z]*|pusg(?![a-z])\\.?|puse[a-z]*|half(?![a-z]))';
/** Latvian month stems with their case endings (folded: "aprīļa" → "aprila"), then the English names. */
const MONTH =
  '(?<mname>(?:janvar|februar|april|septembr|oktobr|novembr|decembr)(?:is|im|a|i|u)?' +
  '|(?:mart|maij|junij|julij|august)(?:s|am|a|u)?' +
  '|january|february|march|may|june|july|september|october|november|december)(?![a-z])';
const DAY = '(?<day>\\d{1,2})(?!\\d)';
const TRAILING_YEAR = `(?: ?,? ?(?:of )?${YEAR}(?:${YEAR_WORD})?)?`;

const PATTERNS: ReadonlyArray<{ unit: PeriodUnit; source: string }> = [
  { unit: 'quarter', source: `${YEAR}${YEAR_WORD} ?${ORDINAL}${QUARTER}` },
  { unit: 'half', source: `${YEAR}${YEAR_WORD} ?${ORDINAL}${HALF}` },
  { unit: 'day', source: `${YEAR}${YEAR_WORD} ?${DAY} ?\\.? ?${MONTH}` },
  { unit: 'month', source: `${YEAR}${YEAR_WORD} ?${MONTH}` },
  { unit: 'year', source: `${YEAR}${YEAR_WORD}` },
  // The report's "2025/2" is year and quarter.
  { unit: 'quarter', source: `${YEAR} ?\\/ ?(?<ord>\\d)(?!\\d)` },
  // Numeric dates take no spaces, so that a list number ("1. 2025. gada …") is not read as a month.
  { unit: 'day', source: `${DAY}[.\\/](?<mnum>\\d{1,2})[.\\/]${YEAR}\\.?` },
  { unit: 'month', source: `(?<mnum>\\d{1,2})[.\\/]${YEAR}\\.?` },
  { unit: 'day', source: `${YEAR}-(?<mnum>\\d{1,2})-${DAY}` },
  { unit: 'month', source: `${YEAR}-(?<mnum>\\d{2})(?!\\d)` },
  { unit: 'quarter', source: `q(?<ord>\\d) ?[-\\/]? ?${YEAR}` },
  { unit: 'quarter', source: `${YEAR} ?[-\\/]? ?q(?<ord>\\d)(?!\\d)` },
  { unit: 'half', source: `h(?<ord>\\d) ?[-\\/]? ?${YEAR}` },
  { unit: 'half', source: `${YEAR} ?[-\\/]? ?h(?<ord>\\d)(?!\\d)` },
  { unit: 'quarter', source: `(?:the )?${ORDINAL}${QUARTER}${TRAILING_YEAR}` },
  { unit: 'half', source: `(?:the )?${ORDINAL}${HALF}${TRAILING_YEAR}` },
  { unit: 'day', source: `${DAY} ?\\.? ?${MONTH}${TRAILING_YEAR}` },
  { unit: 'day', source: `${MONTH} ${DAY}(?:st|nd|rd|th)? ?,? ?${YEAR}` },
  { unit: 'month', source: `${MONTH}${TRAILING_YEAR}` },
  { unit: 'year', source: `(?<year>(?:19|20|21)\\d\\d)(?!\\d)\\.?` },
];

const COMPILED = PATTERNS.map((p) => ({ unit: p.unit, re: new RegExp(`${p.source}${NOT_WORD}`, 'uy') }));
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every point in the folded text, left to right, the longest reading winning where patterns overlap. */
export function scanPoints(text: string, from = 0): Point[] {
  const points: Point[] = [];
  let i = from;
  while (i < text.length) {
    const point = startsWord(text, i) ? longestAt(text, i) : undefined;
    if (point) {
      points.push(point);
      i = point.end;
    } else {
      i += 1;
    }
  }
  return points;
}

function startsWord(text: string, i: number): boolean {
  return i === 0 || !WORD_CHAR.test(text[i - 1] ?? '');
}

function longestAt(text: string, i: number): Point | undefined {
  let best: Point | undefined;
  for (const { unit, re } of COMPILED) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m && (!best || i + m[0].length > best.end)) best = toPoint(unit, m.groups ?? {}, i, i + m[0].length);
  }
  return best;
}

function toPoint(unit: PeriodUnit, g: Record<string, string | undefined>, start: number, end: number): Point {
  const point: Point = { unit, start, end };
  if (g.year !== undefined) point.year = Number(g.year);
  const part = g.ord !== undefined ? Number(g.ord) : ordinalWord(g.ordw);
  if (part !== undefined) point.part = part;
  const month = g.mnum !== undefined ? Number(g.mnum) : monthNumber(g.mname);
  if (month !== undefined) point.month = month;
  if (g.day !== undefined) point.day = Number(g.day);
  return point;
}

const ORDINAL_WORDS: Record<string, number> = {
  pirm: 1,
  first: 1,
  otr: 2,
  second: 2,
  tres: 3,
  third: 3,
  ceturt: 4,
  fourth: 4,
};

function ordinalWord(word: string | undefined): number | undefined {
  return word === undefined ? undefined : ORDINAL_WORDS[word];
}

/** Three letters tell every month apart, in Latvian and English alike ("mai"/"may", "okt"/"oct"). */
const MONTH_BY_PREFIX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  mai: 5,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthNumber(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTH_BY_PREFIX[name.slice(0, 3)];
}
