import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../../src/core/deadlines/format-period.js';
import { parsePeriod } from '../../../src/core/documents/period.js';
import type { Period } from '../../../src/core/knowledge/model.js';

const p = (period: Omit<Period, 'raw'>): Period => ({ raw: 'x', ...period });

const BY_KIND: ReadonlyArray<[string, Period, string, string]> = [
  [
    'due half',
    p({ kind: 'due', start: '2024-07-01', end: '2024-12-31', unit: 'half' }),
    '2024. gada 2. pusgads',
    '2nd half of 2024',
  ],
  [
    'due quarter',
    p({ kind: 'due', start: '2026-01-01', end: '2026-03-31', unit: 'quarter' }),
    '2026. gada 1. ceturksnis',
    '1st quarter of 2026',
  ],
  [
    'due month',
    p({ kind: 'due', start: '2026-06-01', end: '2026-06-30', unit: 'month' }),
    'līdz 2026. gada jūnijam',
    'by June 2026',
  ],
  [
    'due day',
    p({ kind: 'due', start: '2024-08-31', end: '2024-08-31', unit: 'day' }),
    'līdz 2024. gada 31. augustam',
    'by 31 August 2024',
  ],
  ['due year', p({ kind: 'due', start: '2025-01-01', end: '2025-12-31', unit: 'year' }), '2025. gads', '2025'],
  [
    'due half, yearly',
    p({ kind: 'due', start: '2024-01-01', end: '2024-06-30', unit: 'half', recurrence: 'yearly' }),
    '2024. gada 1. pusgads, katru gadu',
    '1st half of 2024, every year',
  ],
  [
    'from half',
    p({ kind: 'from', start: '2024-07-01', unit: 'half' }),
    'no 2024. gada 2. pusgada',
    'from the 2nd half of 2024',
  ],
  [
    'from half, yearly',
    p({ kind: 'from', start: '2022-07-01', unit: 'half', recurrence: 'yearly' }),
    'no 2022. gada 2. pusgada, katru gadu',
    'from the 2nd half of 2022, every year',
  ],
  [
    'from quarter',
    p({ kind: 'from', start: '2025-07-01', unit: 'quarter' }),
    'no 2025. gada 3. ceturkšņa',
    'from the 3rd quarter of 2025',
  ],
  ['from month', p({ kind: 'from', start: '2022-08-01', unit: 'month' }), 'no 2022. gada augusta', 'from August 2022'],
  ['from day', p({ kind: 'from', start: '2022-04-01', unit: 'day' }), 'no 2022. gada 1. aprīļa', 'from 1 April 2022'],
  ['from year', p({ kind: 'from', start: '2026-01-01', unit: 'year' }), 'no 2026. gada', 'from 2026'],
  [
    'range half',
    p({ kind: 'range', start: '2022-01-01', end: '2023-12-31', unit: 'half' }),
    'no 2022. gada 1. pusgada līdz 2023. gada 2. pusgadam',
    'from the 1st half of 2022 to the 2nd half of 2023',
  ],
  [
    'range quarter',
    p({ kind: 'range', start: '2025-01-01', end: '2029-09-30', unit: 'quarter' }),
    'no 2025. gada 1. ceturkšņa līdz 2029. gada 3. ceturksnim',
    'from the 1st quarter of 2025 to the 3rd quarter of 2029',
  ],
  [
    'range month',
    p({ kind: 'range', start: '2023-12-01', end: '2029-12-31', unit: 'month' }),
    'no 2023. gada decembra līdz 2029. gada decembrim',
    'from December 2023 to December 2029',
  ],
  [
    'range day',
    p({ kind: 'range', start: '2024-03-08', end: '2025-03-08', unit: 'day' }),
    'no 2024. gada 8. marta līdz 2025. gada 8. martam',
    'from 8 March 2024 to 8 March 2025',
  ],
  [
    'range year',
    p({ kind: 'range', start: '2024-01-01', end: '2026-12-31', unit: 'year' }),
    'no 2024. gada līdz 2026. gadam',
    'from 2024 to 2026',
  ],
  ['ongoing', p({ kind: 'ongoing' }), 'pastāvīgi (bez termiņa)', 'ongoing (no deadline)'],
  [
    'ongoing, yearly',
    p({ kind: 'ongoing', recurrence: 'yearly' }),
    'katru gadu (bez termiņa)',
    'every year (no deadline)',
  ],
  [
    'unknown, nothing given',
    p({ kind: 'unknown', problem: 'no deadline given' }),
    'termiņš nav norādīts',
    'no deadline given',
  ],
  [
    'unknown, unreadable',
    p({ kind: 'unknown', problem: 'unreadable: "xyz"' }),
    'termiņu nevar nolasīt',
    'the deadline cannot be read',
  ],
  [
    'unknown, impossible date',
    p({ kind: 'unknown', problem: '31 September 2029 does not exist' }),
    'termiņu nevar nolasīt',
    'the deadline cannot be read',
  ],
];

describe('formatPeriod: each kind in Latvian and English', () => {
  it.each(BY_KIND)('%s', (_name, period, lv, en) => {
    expect(formatPeriod(period, 'lv')).toBe(lv);
    expect(formatPeriod(period, 'en')).toBe(en);
  });

  it('leaves the note to the caller', () => {
    const period = parsePeriod('No 2022.gada 1.pusgada līdz 2023. gada 2.pusgadam (esošā ESF projekta ietvaros)');
    expect(period.note).toBe('esošā ESF projekta ietvaros');
    expect(formatPeriod(period, 'lv')).toBe('no 2022. gada 1. pusgada līdz 2023. gada 2. pusgadam');
  });
});

const GENITIVE = [
  'janvāra',
  'februāra',
  'marta',
  'aprīļa',
  'maija',
  'jūnija',
  'jūlija',
  'augusta',
  'septembra',
  'oktobra',
  'novembra',
  'decembra',
];
const DATIVE = [
  'janvārim',
  'februārim',
  'martam',
  'aprīlim',
  'maijam',
  'jūnijam',
  'jūlijam',
  'augustam',
  'septembrim',
  'oktobrim',
  'novembrim',
  'decembrim',
];

describe('formatPeriod: Latvian cases of every month', () => {
  it.each(GENITIVE.map((gen, i) => [i + 1, gen, DATIVE[i] ?? ''] as const))('month %i: %s, %s', (month, gen, dat) => {
    const mm = String(month).padStart(2, '0');
    const from = p({ kind: 'from', start: `2025-${mm}-01`, unit: 'month' });
    const due = p({ kind: 'due', start: `2025-${mm}-10`, end: `2025-${mm}-10`, unit: 'day' });
    expect(formatPeriod(from, 'lv')).toBe(`no 2025. gada ${gen}`);
    expect(formatPeriod(due, 'lv')).toBe(`līdz 2025. gada 10. ${dat}`);
  });
});

describe('formatPeriod: dates the unit does not fit', () => {
  it('tells a date off the unit boundary more precisely instead of rounding it', () => {
    const period = p({ kind: 'from', start: '2024-03-15', unit: 'half' });
    expect(formatPeriod(period, 'lv')).toBe('no 2024. gada 15. marta');
    expect(formatPeriod(period, 'en')).toBe('from 15 March 2024');
  });

  it('finds the unit when the period does not give one', () => {
    expect(formatPeriod(p({ kind: 'due', start: '2024-07-01', end: '2024-12-31' }), 'lv')).toBe(
      '2024. gada 2. pusgads',
    );
    expect(formatPeriod(p({ kind: 'from', start: '2024-10-01' }), 'en')).toBe('from the 4th quarter of 2024');
  });

  it('tells a due period longer than its unit as a range', () => {
    const period = p({ kind: 'due', start: '2024-01-01', end: '2024-09-30', unit: 'quarter' });
    expect(formatPeriod(period, 'lv')).toBe('no 2024. gada 1. ceturkšņa līdz 2024. gada 3. ceturksnim');
  });

  it('says it cannot read a period whose dates are missing or impossible', () => {
    for (const broken of [
      p({ kind: 'due', unit: 'day' }),
      p({ kind: 'from' }),
      p({ kind: 'range', start: '2024-01-01' }),
      p({ kind: 'from', start: '2024-02-30', unit: 'day' }),
    ]) {
      expect(formatPeriod(broken, 'lv')).toBe('termiņu nevar nolasīt');
      expect(formatPeriod(broken, 'en')).toBe('the deadline cannot be read');
    }
  });
});

const UNITS = ['day', 'month', 'quarter', 'half', 'year'] as const;
type Unit = (typeof UNITS)[number];
const MONTHS_IN: Record<Exclude<Unit, 'day'>, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** One interval of the unit around a random day: its first and last day. */
const interval = fc
  .record({
    unit: fc.constantFrom(...UNITS),
    year: fc.integer({ min: 1950, max: 2150 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ unit, year, month, day }) => {
    if (unit === 'day') return { unit, first: iso(year, month, day), last: iso(year, month, day) };
    const firstMonth = Math.floor((month - 1) / MONTHS_IN[unit]) * MONTHS_IN[unit] + 1;
    const lastMonth = firstMonth + MONTHS_IN[unit] - 1;
    return { unit, first: iso(year, firstMonth, 1), last: iso(year, lastMonth, lastDay(year, lastMonth)) };
  });
const finer = (a: Unit, b: Unit): Unit => (UNITS.indexOf(a) <= UNITS.indexOf(b) ? a : b);

const period = fc
  .record({ kind: fc.constantFrom('due', 'from', 'range'), a: interval, b: interval, yearly: fc.boolean() })
  .map(({ kind, a, b, yearly }): Period => {
    const extra = yearly ? { recurrence: 'yearly' as const } : {};
    if (kind === 'due') return { kind, start: a.first, end: a.last, unit: a.unit, ...extra, raw: '' };
    if (kind === 'from') return { kind, start: a.first, unit: a.unit, ...extra, raw: '' };
    // ISO dates sort as text: the range runs from the earlier first day to the later last day.
    const [start = a.first] = [a.first, b.first].sort();
    const [, end = a.last] = [a.last, b.last].sort();
    return {
      kind,
      start,
      end,
      unit: finer(a.unit, b.unit),
      ...extra,
      raw: '',
    };
  });

describe('formatPeriod: what it writes, parsePeriod reads back', () => {
  it.each(['lv', 'en'] as const)('in %s', (lang) => {
    fc.assert(
      fc.property(period, (original) => {
        const text = formatPeriod(original, lang);
        expect({ ...parsePeriod(text), raw: '' }).toEqual(original);
      }),
      { numRuns: 1000 },
    );
  });
});
