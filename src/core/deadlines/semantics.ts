/**
 * What a period means for follow-up: when an item is due, when it starts, whether it is overdue, whether it falls
 * in a span. ISO dates compare as strings, so no Date objects (and no clock) are needed.
 */
import type { IsoDate, Period } from '../knowledge/model.js';
import { fromIso, toIso } from './calendar.js';

/** The date by which the item must be done: the end of a `due` or `range` period; none for the others. */
export function dueDate(period: Period): IsoDate | undefined {
  return period.kind === 'due' || period.kind === 'range' ? period.end : undefined;
}

/** The date the item starts: the start of a `from` or `range` period. */
export function startDate(period: Period): IsoDate | undefined {
  return period.kind === 'from' || period.kind === 'range' ? period.start : undefined;
}

export function isOverdue(period: Period, today: IsoDate, done: boolean): boolean {
  const due = dueDate(period);
  return !done && due !== undefined && due < today;
}

/** Whether the period's text names a date in the span: a due date, a start, or either end of a range. */
export function namesDateIn(period: Period, span: { start: IsoDate; end: IsoDate }): boolean {
  const inSpan = (d: IsoDate | undefined) => d !== undefined && d >= span.start && d <= span.end;
  if (period.kind === 'due')
    return (
      inSpan(period.end) ||
      (period.start !== undefined && period.start >= span.start && period.end !== undefined && period.end <= span.end)
    );
  if (period.kind === 'from') return inSpan(period.start);
  if (period.kind === 'range') return inSpan(period.start) || inSpan(period.end);
  return false;
}

/** Whether the item is under way at some time in the span (started, not yet past its end). */
export function activeIn(period: Period, span: { start: IsoDate; end: IsoDate }): boolean {
  const start = period.kind === 'due' ? (period.start ?? period.end) : period.start;
  const end = period.kind === 'from' ? undefined : period.end;
  if (period.kind === 'ongoing') return true;
  if (start === undefined && end === undefined) return false;
  return (start === undefined || start <= span.end) && (end === undefined || end >= span.start);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const ms = Date.UTC(...utcParts(date)) + days * 86_400_000;
  const d = new Date(ms);
  return toIso({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function dayNumber(date: IsoDate): number {
  return Date.UTC(...utcParts(date)) / 86_400_000;
}

function utcParts(date: IsoDate): [number, number, number] {
  const d = fromIso(date);
  if (!d) throw new Error(`not a calendar date: ${date}`);
  return [d.year, d.month - 1, d.day];
}
