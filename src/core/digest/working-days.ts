/**
 * Latvian working days: not a weekend and not a public holiday (date-holidays, country LV, type "public", which
 * includes the Monday that replaces 4 May or 18 November falling on a weekend). A digest due on a day off goes
 * out on the next working day.
 */
import Holidays from 'date-holidays';
import { addDays } from '../deadlines/semantics.js';
import type { IsoDate } from '../knowledge/model.js';
import { weekdayOf } from './iso-week.js';

export interface WorkingDays {
  isWorkingDay(date: IsoDate): boolean;
  /** The holiday's name in Latvian, when the date is a public holiday. */
  holiday(date: IsoDate): string | undefined;
}

/** Latvian public holidays by year, built once per year asked for. */
export class LatvianCalendar implements WorkingDays {
  private readonly holidays = new Holidays('LV');
  private readonly byYear = new Map<number, Map<IsoDate, string>>();

  isWorkingDay(date: IsoDate): boolean {
    return weekdayOf(date) <= 5 && this.holiday(date) === undefined;
  }

  holiday(date: IsoDate): string | undefined {
    return this.year(Number(date.slice(0, 4))).get(date);
  }

  private year(year: number): Map<IsoDate, string> {
    let days = this.byYear.get(year);
    if (!days) {
      days = new Map();
      for (const h of this.holidays.getHolidays(year)) {
        if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
      }
      this.byYear.set(year, days);
    }
    return days;
  }
}

export const LATVIA: WorkingDays = new LatvianCalendar();

/** The date itself when it is a working day, else the first working day after it. */
export function onOrAfterWorkingDay(date: IsoDate, days: WorkingDays = LATVIA): IsoDate {
  let d = date;
  // Latvia never has more than a handful of days off in a row; the bound only guards against a broken calendar.
  for (let i = 0; i < 14 && !days.isWorkingDay(d); i++) d = addDays(d, 1);
  return d;
}
