/**
 * parsePeriod beyond the documents' own spellings: what users type (no diacritics, no dots, other dashes, English),
 * every case form of the Latvian words, impossible dates, nothing at all, and random text of any size.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/core/documents/period.js';
import { type Period, PeriodSchema } from '../../../src/core/knowledge/model.js';

type Expected = Omit<Period, 'raw'>;
const H2_2024: Expected = { kind: 'due', start: '2024-07-01', end: '2024-12-31', unit: 'half' };
const FROM_H2_2024: Expected = { kind: 'from', start: '2024-07-01', unit: 'half' };
const Q1_2026: Expected = { kind: 'due', start: '2026-01-01', end: '2026-03-31', unit: 'quarter' };
const JUNE_2026: Expected = { kind: 'due', start: '2026-06-01', end: '2026-06-30', unit: 'month' };
const AUG_31_2024: Expected = { kind: 'due', start: '2024-08-31', end: '2024-08-31', unit: 'day' };
const RANGE_2025Q1_2029Q3: Expected = { kind: 'range', start: '2025-01-01', end: '2029-09-30', unit: 'quarter' };
const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

const TYPED: ReadonlyArray<[string, Expected]> = [
  ['2024 gada 2 pusgads', H2_2024],
  ['2024. gada 2. pusgadā', H2_2024],
  ['2024. gada 2. pusgadā'.normalize('NFD'), H2_2024],
  ['2024.\u00a0gada\u00a02.\u00a0pusgads', H2_2024],
  ['2024. g. 2. pusgads', H2_2024],
  ['2024.gada otrajā pusgadā', H2_2024],
  ['2. pusgads 2024', H2_2024],
  ['H2 2024', H2_2024],
  ['2024 H2', H2_2024],
  ['2nd half of 2024', H2_2024],
  ['no 2024 gada 2 pusgada', FROM_H2_2024],
  ['NO 2024.GADA 2.PUSGADA', FROM_H2_2024],
  ['from the 2nd half of 2024', FROM_H2_2024],
  ['since H2 2024', FROM_H2_2024],
  ['no 2024. gada 2. pusgada, katru gadu', { ...FROM_H2_2024, recurrence: 'yearly' }],
  ['ik gadu no 2024. gada 2. pusgada', { ...FROM_H2_2024, recurrence: 'yearly' }],
  ['from H2 2024 every year', { ...FROM_H2_2024, recurrence: 'yearly' }],
  ['2026 gada 1 ceturksni', Q1_2026],
  ['2026. gada pirmajā ceturksnī', Q1_2026],
  ['1. ceturksnis 2026', Q1_2026],
  ['Q1 2026', Q1_2026],
  ['2026 Q1', Q1_2026],
  ['1st quarter of 2026', Q1_2026],
  ['lidz 2026 gada junijam', JUNE_2026],
  ['līdz 2026.\u00a0gada\u00a0jūnijam', JUNE_2026],
  ['by June 2026', JUNE_2026],
  ['2026-06', JUNE_2026],
  ['jūnijs 2026', JUNE_2026],
  ['31 August 2024', AUG_31_2024],
  ['August 31, 2024', AUG_31_2024],
  ['by 31 August 2024', AUG_31_2024],
  ['2024-08-31', AUG_31_2024],
  ['31.8.2024', AUG_31_2024],
  ['lidz 2024 gada 31 augustam', AUG_31_2024],
  ['no 2025 gada 1 cet lidz 2029 gada 3 cet', RANGE_2025Q1_2029Q3],
  ['2025/1—2029/3', RANGE_2025Q1_2029Q3],
  ['2025/1\u20102029/3', RANGE_2025Q1_2029Q3],
  ['2025/1 \u2212 2029/3', RANGE_2025Q1_2029Q3],
  ['from Q1 2025 to Q3 2029', RANGE_2025Q1_2029Q3],
  [
    'No 2022. gada 1. pusgada līdz 2023. gada 2. pusgadam',
    { kind: 'range', start: '2022-01-01', end: '2023-12-31', unit: 'half' },
  ],
  [
    'no 2024. gada 8. marta līdz 2025. gada 8. martam',
    { kind: 'range', start: '2024-03-08', end: '2025-03-08', unit: 'day' },
  ],
  ['sākot ar 2025. gada 31. martu', { kind: 'from', start: '2025-03-31', unit: 'day' }],
  ['29.02.2024', { kind: 'due', start: '2024-02-29', end: '2024-02-29', unit: 'day' }],
  ['29.02.2000', { kind: 'due', start: '2000-02-29', end: '2000-02-29', unit: 'day' }],
];

describe('parsePeriod: typed by users', () => {
  it.each(TYPED)('%j', (raw, expected) => {
    expect(parsePeriod(raw)).toEqual({ ...expected, raw });
  });
});

const MONTH_FORMS: ReadonlyArray<[number, readonly string[]]> = [
  [1, ['janvāris', 'janvāra', 'janvārī', 'janvārim', 'janvāri', 'January']],
  [2, ['februāris', 'februāra', 'februārī', 'februārim', 'February']],
  [3, ['marts', 'marta', 'martā', 'martam', 'martu', 'March']],
  [4, ['aprīlis', 'aprīļa', 'aprīlī', 'aprīlim', 'April']],
  [5, ['maijs', 'maija', 'maijā', 'maijam', 'May']],
  [6, ['jūnijs', 'jūnija', 'jūnijā', 'jūnijam', 'June']],
  [7, ['jūlijs', 'jūlija', 'jūlijā', 'jūlijam', 'July']],
  [8, ['augusts', 'augusta', 'augustā', 'augustam', 'August']],
  [9, ['septembris', 'septembra', 'septembrī', 'septembrim', 'September']],
  [10, ['oktobris', 'oktobra', 'oktobrī', 'oktobrim', 'October']],
  [11, ['novembris', 'novembra', 'novembrī', 'novembrim', 'November']],
  [12, ['decembris', 'decembra', 'decembrī', 'decembrim', 'December']],
];
const monthRows = MONTH_FORMS.flatMap(([month, forms]) =>
  forms.flatMap((form) => [form, withoutMarks(form), form.toUpperCase()].map((spelling) => [month, spelling] as const)),
);

describe('parsePeriod: every case form of the Latvian words, with and without diacritics', () => {
  it.each(monthRows)('month %i as %s', (month, spelling) => {
    const mm = String(month).padStart(2, '0');
    expect(parsePeriod(`2025. gada ${spelling}`)).toMatchObject({ kind: 'due', start: `2025-${mm}-01`, unit: 'month' });
    expect(parsePeriod(`2025. gada 15. ${spelling}`)).toMatchObject({ start: `2025-${mm}-15`, end: `2025-${mm}-15` });
  });

  const halves = ['pusgads', 'pusgada', 'pusgadā', 'pusgadam', 'pusgadu', 'pusē'];
  it.each(halves.flatMap((w) => [w, withoutMarks(w)]))('half-year as %s', (word) => {
    expect(parsePeriod(`2023. gada 1. ${word}`)).toMatchObject({
      start: '2023-01-01',
      end: '2023-06-30',
      unit: 'half',
    });
  });

  const quarters = ['ceturksnis', 'ceturkšņa', 'ceturksnī', 'ceturksnim', 'ceturksni', 'cet.', 'cet'];
  it.each(quarters.flatMap((w) => [w, withoutMarks(w)]))('quarter as %s', (word) => {
    expect(parsePeriod(`2027. gada 3. ${word}`)).toMatchObject({
      start: '2027-07-01',
      end: '2027-09-30',
      unit: 'quarter',
    });
  });

  const years = ['gads', 'gada', 'gadā', 'gadam', 'gadu', 'g.'];
  it.each(years.flatMap((w) => [w, withoutMarks(w)]))('year as %s', (word) => {
    expect(parsePeriod(`2027. ${word} 2. pusgads`)).toMatchObject({ start: '2027-07-01', unit: 'half' });
    expect(parsePeriod(`no 2027. ${word}`)).toEqual({
      kind: 'from',
      start: '2027-01-01',
      unit: 'year',
      raw: `no 2027. ${word}`,
    });
  });
});

const IMPOSSIBLE: ReadonlyArray<[string, string]> = [
  ['31.02.2024', '31 February 2024 does not exist'],
  ['29.02.2023', '29 February 2023 does not exist'],
  ['29.02.1900', '29 February 1900 does not exist'],
  ['31.04.2025', '31 April 2025 does not exist'],
  ['32.01.2024', '32 January 2024 does not exist'],
  ['00.01.2024', '0 January 2024 does not exist'],
  ['2023. gada 29. februāris', '29 February 2023 does not exist'],
  ['līdz 2029. gada 31. septembrim', '31 September 2029 does not exist'],
  ['31. jūnijs 2025', '31 June 2025 does not exist'],
  ['no 2025. gada 1. pusgada līdz 2026. gada 31. novembrim', '31 November 2026 does not exist'],
  ['13.2024', 'month 13 does not exist'],
  ['2025/5', 'quarter 5 does not exist'],
  ['2025/0 – 2026/1', 'quarter 0 does not exist'],
  ['2024. gada 3. pusgads', 'half-year 3 does not exist'],
  ['2024. gada 5. ceturksnis', 'quarter 5 does not exist'],
  ['3024. gada 1. pusgads', 'year 3024 is out of range'],
  ['no 2025. gada līdz 2023. gadam', 'the period ends (2023-12-31) before it starts (2025-01-01)'],
];

const UNREADABLE: ReadonlyArray<[string, string]> = [
  ['xyz', 'unreadable: "xyz"'],
  ['drīzumā', 'unreadable: "drīzumā"'],
  ['līdz jūnijam', 'unreadable: "jūnijam" names no year'],
  ['2. pusgads', 'unreadable: "2. pusgads" names no year'],
  ['Izpildes termiņš\n(ar precizitāti līdz pusgadam)', 'unreadable: "(ar precizitāti līdz pusgadam)"'],
  ['(izmaksas iekļautas 4.4.5.pasākumā)', 'unreadable: "(izmaksas iekļautas 4.4.5.pasākumā)"'],
];

const NOTHING = ['', '   ', '\n\t', 'Termiņš:', 'Termiņš: …', '-', '—', 'nav', '( )'];

describe('parsePeriod: what cannot be read is reported, never guessed', () => {
  it.each([...IMPOSSIBLE, ...UNREADABLE])('%j → %s', (raw, problem) => {
    expect(parsePeriod(raw)).toEqual({ kind: 'unknown', problem, raw });
  });

  it.each(NOTHING)('%j gives no deadline', (raw) => {
    expect(parsePeriod(raw)).toEqual({ kind: 'unknown', problem: 'no deadline given', raw });
  });
});

const TOKENS = [
  '2024',
  '2025',
  '1899',
  '3024',
  '0000',
  '.',
  '. ',
  ' ',
  '\u00a0',
  '\n',
  'gada',
  'gads',
  'g.',
  '1.',
  '2.',
  '3',
  '31',
  '12',
  '02',
  '29',
  '00',
  'pusgads',
  'pusgadam',
  'ceturksnis',
  'cet.',
  'jūnijam',
  'februāris',
  'septembrim',
  'līdz',
  'no',
  'Kopš',
  '–',
  '-',
  '—',
  '/',
  '(',
  ')',
  'ik gadu',
  'pastāvīgi',
  'Termiņš:',
  'Q',
  'H',
  'the',
  'of',
  'half',
  'quarter',
  'un turpināt',
  'ē',
  '\u0304',
  '😀',
];
const tokenSoup = (minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(...TOKENS), { minLength, maxLength }).map((parts) => parts.join(''));

function checkInvariants(raw: string): void {
  const period = parsePeriod(raw);
  expect(period.raw).toBe(raw);
  expect(PeriodSchema.safeParse(period).success).toBe(true);
  if (period.start !== undefined && period.end !== undefined) expect(period.start <= period.end).toBe(true);
  for (const iso of [period.start, period.end]) {
    if (iso !== undefined) expect(new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(iso);
  }
  if (period.kind === 'due' || period.kind === 'range') expect(period.start && period.end).toBeTruthy();
  if (period.kind === 'from') expect([period.start !== undefined, period.end]).toEqual([true, undefined]);
  if (period.kind === 'unknown') expect(period.problem).toBeTruthy();
  if (period.kind === 'unknown' || period.kind === 'ongoing')
    expect([period.start, period.end]).toEqual([undefined, undefined]);
}

describe('parsePeriod: properties', () => {
  it('never throws, keeps raw, and gives real dates with start ≤ end (any unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkInvariants), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), checkInvariants), { numRuns: 300 });
  });

  it('holds for text made of date words, where most inputs do parse', () => {
    fc.assert(fc.property(tokenSoup(0, 25), checkInvariants), { numRuns: 2000 });
  });

  it('holds for 50 KB inputs', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 50_000, maxLength: 52_000 }), checkInvariants), {
      numRuns: 3,
    });
    fc.assert(fc.property(tokenSoup(12_000, 13_000), checkInvariants), { numRuns: 3 });
    const hostile = ['2024 ', ' '.repeat(50_000), 'gada'].join('');
    for (const raw of [hostile, `2024.gada${'a'.repeat(50_000)}`, '('.repeat(50_000), '1.'.repeat(25_000)]) {
      checkInvariants(raw);
    }
  });
});
