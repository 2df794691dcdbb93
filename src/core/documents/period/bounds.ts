/**
 * From a point to its first and last day, after checking that the point exists: "31. septembrim" or "2025/5" are
 * reported, never clamped to a nearby date.
 */
import {
  type CalendarDate,
  daysInMonth,
  firstMonthOf,
  intervalAround,
  type PeriodUnit,
  UNITS_FINE_TO_COARSE,
} from '../../deadlines/calendar.js';
import { englishMonth } from '../../deadlines/month-names.js';
import type { Point } from './points.js';

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** The ends of a range share a year when only one of them names it ("no 2024. gada februāra līdz aprīlim"). */
export function lendYears(first: Point, second: Point): [Point, Point] {
  return [
    first.year === undefined && second.year !== undefined ? { ...first, year: second.year } : first,
    second.year === undefined && first.year !== undefined ? { ...second, year: first.year } : second,
  ];
}

/** Why the point names no real interval, in English; undefined when it does. */
export function pointProblem(point: Point): string | undefined {
  const { year, month, day, part } = point;
  if (year !== undefined && (year < MIN_YEAR || year > MAX_YEAR)) return `year ${year} is out of range`;
  if (point.unit === 'quarter' && !inRange(part, 1, 4)) return `quarter ${part ?? '?'} does not exist`;
  if (point.unit === 'half' && !inRange(part, 1, 2)) return `half-year ${part ?? '?'} does not exist`;
  if ((point.unit === 'month' || point.unit === 'day') && !inRange(month, 1, 12)) {
    return `month ${month ?? '?'} does not exist`;
  }
  if (point.unit === 'day' && month !== undefined) {
    // Without a year, 29 February may still exist; the year is checked once it is known.
    const longest = year === undefined ? daysInMonth(2000, month) : daysInMonth(year, month);
    if (!inRange(day, 1, longest))
      return `${day ?? '?'} ${englishMonth(month)}${year ? ` ${year}` : ''} does not exist`;
  }
  return undefined;
}

function inRange(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && value >= min && value <= max;
}

/** The first and last day of a point that has a year and passed `pointProblem`. */
export function pointInterval(point: Point & { year: number }): { first: CalendarDate; last: CalendarDate } {
  return intervalAround({ year: point.year, month: anyMonthOf(point), day: point.day ?? 1 }, point.unit);
}

function anyMonthOf(point: Point): number {
  if (point.unit === 'day' || point.unit === 'month') return point.month ?? 1;
  if (point.unit === 'year') return 1;
  return firstMonthOf(point.unit, point.part ?? 1);
}

/** The finer of two units: a range from "2026. gadā" to "2029.gada 1.cet." is told in quarters. */
export function finerUnit(a: PeriodUnit, b: PeriodUnit): PeriodUnit {
  return UNITS_FINE_TO_COARSE.indexOf(a) <= UNITS_FINE_TO_COARSE.indexOf(b) ? a : b;
}
