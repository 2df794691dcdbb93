/**
 * A period in words, in Latvian or English. How each kind reads:
 * - `due` by a half-year, quarter or year names the interval, as the plan's "Izpildes termiņš" column does:
 *   "2024. gada 2. pusgads" / "2nd half of 2024", "2026. gada 1. ceturksnis" / "1st quarter of 2026".
 * - `due` by a month or a day reads as a deadline, since "2024. gada 31. augusts" alone reads like the date of an
 *   event: "līdz 2026. gada jūnijam" / "by June 2026", "līdz 2024. gada 31. augustam" / "by 31 August 2024".
 * - `from`: "no" with the genitive / "from": "no 2024. gada 2. pusgada" / "from the 2nd half of 2024".
 * - `range`: "no" … "līdz" with the dative / "from … to …".
 * - yearly adds ", katru gadu" / ", every year".
 * The note is left out: it is the document's Latvian wording, for the caller to show beside the period.
 */
import type { Period } from '../knowledge/model.js';
import {
  type CalendarDate,
  fromIso,
  intervalAround,
  type PeriodUnit,
  sameDate,
  UNITS_FINE_TO_COARSE,
} from './calendar.js';
import { englishInterval, latvianInterval } from './period-words.js';

export type Lang = 'lv' | 'en';

const WORDS = {
  lv: {
    ongoing: 'pastāvīgi (bez termiņa)',
    ongoingYearly: 'katru gadu (bez termiņa)',
    missing: 'termiņš nav norādīts',
    unreadable: 'termiņu nevar nolasīt',
    yearly: ', katru gadu',
  },
  en: {
    ongoing: 'ongoing (no deadline)',
    ongoingYearly: 'every year (no deadline)',
    missing: 'no deadline given',
    unreadable: 'the deadline cannot be read',
    yearly: ', every year',
  },
} as const;

export function formatPeriod(period: Period, lang: Lang): string {
  const words = WORDS[lang];
  if (period.kind === 'ongoing') return period.recurrence === 'yearly' ? words.ongoingYearly : words.ongoing;
  if (period.kind === 'unknown') return saysMissing(period) ? words.missing : words.unreadable;
  const dated = datedWords(period, lang);
  if (dated === undefined) return words.unreadable;
  return period.recurrence === 'yearly' ? `${dated}${words.yearly}` : dated;
}

function saysMissing(period: Period): boolean {
  return period.problem === undefined ? period.raw.trim() === '' : period.problem.startsWith('no deadline');
}

interface Endpoint {
  date: CalendarDate;
  unit: PeriodUnit;
}

/** Undefined when the dates the kind needs are missing or not real dates. */
function datedWords(period: Period, lang: Lang): string | undefined {
  const start = period.start === undefined ? undefined : fromIso(period.start);
  const end = period.end === undefined ? undefined : fromIso(period.end);
  if ((period.start !== undefined && !start) || (period.end !== undefined && !end)) return undefined;
  if (period.kind === 'from') return start && fromWords(endpoint(start, period.unit, 'first'), lang);
  if (period.kind === 'range') return start && end && rangeWords(start, end, period.unit, lang);
  if (!end) return undefined;
  const unit = dueUnit(start, end, period.unit);
  return unit ? dueWords({ date: end, unit }, lang) : start && rangeWords(start, end, period.unit, lang);
}

function fromWords(start: Endpoint, lang: Lang): string {
  return lang === 'lv'
    ? `no ${latvianInterval(start.date, start.unit, 'genitive')}`
    : `from ${englishInterval(start.date, start.unit, true)}`;
}

function rangeWords(start: CalendarDate, end: CalendarDate, unit: PeriodUnit | undefined, lang: Lang): string {
  const first = endpoint(start, unit, 'first');
  const last = endpoint(end, unit, 'last');
  return lang === 'lv'
    ? `no ${latvianInterval(first.date, first.unit, 'genitive')} līdz ${latvianInterval(last.date, last.unit, 'dative')}`
    : `from ${englishInterval(first.date, first.unit, true)} to ${englishInterval(last.date, last.unit, true)}`;
}

function dueWords(end: Endpoint, lang: Lang): string {
  const asDeadline = end.unit === 'day' || end.unit === 'month';
  if (lang === 'lv') {
    return asDeadline
      ? `līdz ${latvianInterval(end.date, end.unit, 'dative')}`
      : latvianInterval(end.date, end.unit, 'nominative');
  }
  return asDeadline ? `by ${englishInterval(end.date, end.unit, false)}` : englishInterval(end.date, end.unit, false);
}

/**
 * The units to try, coarsest first: the period's own unit and finer ones (a date that does not sit on the unit's
 * boundary is told more precisely, never rounded), or every unit when the period does not say.
 */
function candidates(unit: PeriodUnit | undefined): PeriodUnit[] {
  const upTo = unit === undefined ? UNITS_FINE_TO_COARSE.length : UNITS_FINE_TO_COARSE.indexOf(unit) + 1;
  return UNITS_FINE_TO_COARSE.slice(0, upTo).reverse();
}

function endpoint(date: CalendarDate, unit: PeriodUnit | undefined, edge: 'first' | 'last'): Endpoint {
  const fit = candidates(unit).find((u) => sameDate(intervalAround(date, u)[edge], date)) ?? 'day';
  return { date, unit: fit };
}

/** The unit whose one interval is exactly start…end; undefined when start…end spans several. */
function dueUnit(
  start: CalendarDate | undefined,
  end: CalendarDate,
  unit: PeriodUnit | undefined,
): PeriodUnit | undefined {
  return candidates(unit).find((u) => {
    const interval = intervalAround(end, u);
    return sameDate(interval.last, end) && (start === undefined || sameDate(interval.first, start));
  });
}
