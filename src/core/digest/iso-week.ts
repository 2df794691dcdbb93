/**
 * ISO 8601 weeks of calendar dates: a weekly digest's ledger key is the week it belongs to ("2027-W13"), so the
 * same subscription can never get two digests for one week, whatever time it is sent at or shifted to.
 */
import { addDays } from '../deadlines/semantics.js';
import type { IsoDate } from '../knowledge/model.js';

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const sundayZero = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - weekdayOf(date));
}

/** "2027-W13": the ISO week-numbering year is the year of the week's Thursday. */
export function isoWeek(date: IsoDate): string {
  const thursday = addDays(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(mondayOf(`${year}-01-04`), 3);
  const week = Math.round((dayNumber(thursday) - dayNumber(firstThursday)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week ("2027-W13" → "2027-03-29"). */
export function mondayOfWeek(week: string): IsoDate {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  return addDays(mondayOf(`${m[1]}-01-04`), (Number(m[2]) - 1) * 7);
}

function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
