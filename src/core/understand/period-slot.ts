/**
 * The time span a question restricts to. Relative words ("šomēnes", "next month", "šogad", "overdue") are read
 * against `today`; written periods ("2024. gada 2. pusgadā", "H2 2024", "2025") go through the period parser.
 */
import { intervalAround } from '../deadlines/calendar.js';
import { addDays } from '../deadlines/semantics.js';
import { parsePeriod } from '../documents/period.js';
import type { IsoDate } from '../knowledge/model.js';
import { fold } from '../text/fold.js';
import { type CueSet, cueHits } from './cues.js';
import type { PeriodSlot } from './understanding.js';

const OVERDUE: CueSet = {
  prefixes: ['nokavet', 'kavet', 'kavej', 'overdue', 'novelot', 'missed'],
  phrases: ['past due', 'behind schedule', 'termins ir pagajis', 'termins pagajis', 'not done in time', 'late'],
};
const UPCOMING: CueSet = {
  prefixes: ['upcoming', 'tuvakaj', 'drizuma', 'soon'],
  phrases: ['next weeks', 'coming weeks', 'nakamajas nedelas', 'due soon'],
};

type Relative = { cues: CueSet; span: (today: IsoDate) => [IsoDate, IsoDate] };

const RELATIVE: Relative[] = [
  {
    cues: { prefixes: ['somenes'], phrases: ['this month', 'saja menesi', 'tekosaja menesi'] },
    span: (t) => unitSpan(t, 'month', 0),
  },
  {
    cues: { prefixes: ['nakammenes'], phrases: ['next month', 'nakamaja menesi', 'nakamajam menesim'] },
    span: (t) => unitSpan(t, 'month', 1),
  },
  {
    cues: { prefixes: ['sogad'], phrases: ['this year', 'saja gada', 'tekosaja gada'] },
    span: (t) => unitSpan(t, 'year', 0),
  },
  {
    cues: { prefixes: ['nakamgad'], phrases: ['next year', 'nakamaja gada', 'nakamajam gadam'] },
    span: (t) => unitSpan(t, 'year', 1),
  },
  { cues: { prefixes: ['sonedel'], phrases: ['this week', 'saja nedela'] }, span: (t) => [t, addDays(t, 6)] },
  {
    cues: { prefixes: ['nakamnedel'], phrases: ['next week', 'nakamaja nedela'] },
    span: (t) => [addDays(t, 1), addDays(t, 7)],
  },
];

/** The horizon "due soon" looks ahead, as the weekly digest does by default. */
export const UPCOMING_DAYS = 28;

export function findPeriod(
  text: string,
  words: readonly string[],
  folded: string,
  today: IsoDate,
): PeriodSlot | undefined {
  if (cueHits(words, folded, OVERDUE)) return { kind: 'overdue', end: addDays(today, -1), raw: 'overdue' };
  for (const relative of RELATIVE) {
    if (cueHits(words, folded, relative.cues)) {
      const [start, end] = relative.span(today);
      return { kind: 'span', start, end, raw: text };
    }
  }
  if (cueHits(words, folded, UPCOMING))
    return { kind: 'upcoming', start: today, end: addDays(today, UPCOMING_DAYS), raw: 'upcoming' };
  const written = parsePeriod(text);
  if (written.kind === 'unknown' || written.kind === 'ongoing' || !written.start) return undefined;
  const end = written.end ?? endOfUnit(written.start, written.unit);
  const bound = openBound(written.note);
  if (bound === 'after') return { kind: 'span', start: addDays(end, 1), end: OPEN_END, raw: written.raw };
  if (bound === 'before') return { kind: 'span', start: OPEN_START, end: addDays(written.start, -1), raw: written.raw };
  return { kind: 'span', start: written.start, end, raw: written.raw };
}

/** The far ends of an open span: "after 2025" runs on, "before 2024" runs back, as far as any document's dates. */
export const OPEN_START = '0001-01-01';
export const OPEN_END = '9999-12-31';

/** "pēc 2025. gada", "after 2025", "later than H1 2024"; "pirms 2024. gada", "before 2024", "earlier than …". */
const AFTER = /(?:^|[^\p{L}])(?:pec|after|later than|beyond)\s+$/u;
const BEFORE = /(?:^|[^\p{L}])(?:pirms|before|earlier than|sooner than)\s+$/u;

function openBound(note: string | undefined): 'after' | 'before' | undefined {
  // The parser's note is the text with the period it read replaced by "…".
  const at = note?.indexOf('…') ?? -1;
  if (!note || at < 0) return undefined;
  const before = fold(note.slice(Math.max(0, at - 16), at));
  return AFTER.test(before) ? 'after' : BEFORE.test(before) ? 'before' : undefined;
}

function unitSpan(today: IsoDate, unit: 'month' | 'year', ahead: number): [IsoDate, IsoDate] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = unit === 'month' ? ((m - 1 + ahead) % 12) + 1 : 1;
  const year = unit === 'month' ? y + Math.floor((m - 1 + ahead) / 12) : y + ahead;
  const { first, last } = intervalAround({ year, month, day: 1 }, unit);
  const iso = (d: typeof first) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return [iso(first), iso(last)];
}

function endOfUnit(start: IsoDate, unit: PeriodSlotUnit | undefined): IsoDate {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const { last } = intervalAround({ year, month, day }, unit ?? 'day');
  return `${last.year}-${String(last.month).padStart(2, '0')}-${String(last.day).padStart(2, '0')}`;
}

type PeriodSlotUnit = 'day' | 'month' | 'quarter' | 'half' | 'year';
