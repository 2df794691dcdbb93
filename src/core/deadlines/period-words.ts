/**
 * One interval (a day, month, quarter, half-year or year) in words. Latvian needs the case the preposition asks
 * for: nominative on its own ("2024. gada 2. pusgads"), genitive after "no" ("no 2024. gada 2. pusgada"), dative
 * after "līdz" ("līdz 2023. gada 2. pusgadam"); a day agrees with its month ("līdz 2024. gada 31. augustam").
 * English has no cases but takes "the" before an ordinal after a preposition ("from the 2nd half of 2024").
 */
import { type CalendarDate, type PeriodUnit, partOf } from './calendar.js';
import { englishMonth, latvianMonth } from './month-names.js';

export type LatvianCase = 'nominative' | 'genitive' | 'dative';

const LATVIAN_NOUNS: Record<'year' | 'half' | 'quarter', Record<LatvianCase, string>> = {
  year: { nominative: 'gads', genitive: 'gada', dative: 'gadam' },
  half: { nominative: 'pusgads', genitive: 'pusgada', dative: 'pusgadam' },
  quarter: { nominative: 'ceturksnis', genitive: 'ceturkšņa', dative: 'ceturksnim' },
};

/** The interval of `unit` that contains `date`, in Latvian, in the given case. */
export function latvianInterval(date: CalendarDate, unit: PeriodUnit, form: LatvianCase): string {
  const year = `${date.year}. gada`;
  switch (unit) {
    case 'year':
      return `${date.year}. ${LATVIAN_NOUNS.year[form]}`;
    case 'half':
    case 'quarter':
      return `${year} ${partOf(unit, date.month)}. ${LATVIAN_NOUNS[unit][form]}`;
    case 'month':
      return `${year} ${latvianMonth(date.month)[form]}`;
    case 'day':
      return `${year} ${date.day}. ${latvianMonth(date.month)[form]}`;
  }
}

/** The interval of `unit` that contains `date`, in English; `article` puts "the" before an ordinal. */
export function englishInterval(date: CalendarDate, unit: PeriodUnit, article: boolean): string {
  const the = article ? 'the ' : '';
  switch (unit) {
    case 'year':
      return String(date.year);
    case 'half':
    case 'quarter':
      return `${the}${englishOrdinal(partOf(unit, date.month))} ${unit} of ${date.year}`;
    case 'month':
      return `${englishMonth(date.month)} ${date.year}`;
    case 'day':
      return `${date.day} ${englishMonth(date.month)} ${date.year}`;
  }
}

function englishOrdinal(n: number): string {
  const suffix = n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
