/**
 * Calendar arithmetic for the intervals a period can name (a day, month, quarter, half-year or year), done on plain
 * numbers so that the core needs no clock and no time zone: a deadline is a calendar date, never an instant.
 */
import type { Period } from '../knowledge/model.js';

export type PeriodUnit = NonNullable<Period['unit']>;

/** From the finest to the coarsest. */
export const UNITS_FINE_TO_COARSE: readonly PeriodUnit[] = ['day', 'month', 'quarter', 'half', 'year'];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function toIso({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Reads `YYYY-MM-DD`; undefined when the text is not a real calendar date. */
export function fromIso(iso: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const valid = date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
  return valid ? date : undefined;
}

/** How many months one interval of the unit spans (a day is handled apart). */
function monthsIn(unit: Exclude<PeriodUnit, 'day'>): number {
  return { month: 1, quarter: 3, half: 6, year: 12 }[unit];
}

/** The first month of the `part`-th quarter or half (1-based); the month itself for `month`, January for `year`. */
export function firstMonthOf(unit: Exclude<PeriodUnit, 'day'>, part: number): number {
  return unit === 'year' ? 1 : (part - 1) * monthsIn(unit) + 1;
}

/** The number of the unit's interval that contains the month: its quarter (1–4), half (1–2), the month, or 1. */
export function partOf(unit: Exclude<PeriodUnit, 'day'>, month: number): number {
  return unit === 'year' ? 1 : Math.floor((month - 1) / monthsIn(unit)) + 1;
}

/** The first and the last day of the unit's interval that contains the date. */
export function intervalAround(date: CalendarDate, unit: PeriodUnit): { first: CalendarDate; last: CalendarDate } {
  if (unit === 'day') return { first: date, last: date };
  const firstMonth = firstMonthOf(unit, partOf(unit, date.month));
  const lastMonth = firstMonth + monthsIn(unit) - 1;
  return {
    first: { year: date.year, month: firstMonth, day: 1 },
    last: { year: date.year, month: lastMonth, day: daysInMonth(date.year, lastMonth) },
  };
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
