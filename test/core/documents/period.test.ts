import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../../src/core/documents/artefacts.js';
import { parsePeriod } from '../../../src/core/documents/period.js';
import type { Period } from '../../../src/core/knowledge/model.js';

type Expected = Omit<Period, 'raw'>;
const HALF = { 1: ['01-01', '06-30'], 2: ['07-01', '12-31'] } as const;
const QUARTER = { 1: ['01-01', '03-31'], 2: ['04-01', '06-30'], 3: ['07-01', '09-30'], 4: ['10-01', '12-31'] } as const;
const dueHalf = (y: number, h: 1 | 2): Expected => ({
  kind: 'due',
  start: `${y}-${HALF[h][0]}`,
  end: `${y}-${HALF[h][1]}`,
  unit: 'half',
});
const fromHalf = (y: number, h: 1 | 2): Expected => ({ kind: 'from', start: `${y}-${HALF[h][0]}`, unit: 'half' });
const dueQ = (y: number, q: 1 | 2 | 3 | 4): Expected => ({
  kind: 'due',
  start: `${y}-${QUARTER[q][0]}`,
  end: `${y}-${QUARTER[q][1]}`,
  unit: 'quarter',
});
const fromQ = (y: number, q: 1 | 2 | 3 | 4): Expected => ({
  kind: 'from',
  start: `${y}-${QUARTER[q][0]}`,
  unit: 'quarter',
});
const dueDay = (iso: string): Expected => ({ kind: 'due', start: iso, end: iso, unit: 'day' });
const range = (start: string, end: string, unit: Period['unit']): Expected => ({ kind: 'range', start, end, unit });
const with_ = (base: Expected, extra: Partial<Expected>): Expected => ({ ...base, ...extra });

/** Every distinct deadline spelling in the seeds (cell text, footnote markers removed), with where it stands. */
const FROM_DOCUMENTS: ReadonlyArray<[raw: string, source: string, expected: Expected]> = [
  ['2023. gada 2.pusgads', 'plan 113, 198, 737, 846, 987', dueHalf(2023, 2)],
  ['2023. gada 2.pusgads\n    ', 'plan 987 (4.4.2, whole cell)', dueHalf(2023, 2)],
  [' 2023. gada 2.pusgada  ', 'plan 879 (sic: genitive)', dueHalf(2023, 2)],
  ['2025. gada 1.pusgads', 'plan 142, 190', dueHalf(2025, 1)],
  ['2025. gada 1.pusgads  ', 'plan 347', dueHalf(2025, 1)],
  ['2024. gada 1.pusgads', 'plan 158', dueHalf(2024, 1)],
  ['2024. gada 1.pusgads  ', 'plan 329', dueHalf(2024, 1)],
  ['2025. gada 2.pusgads', 'plan 370, 380, 396, 818', dueHalf(2025, 2)],
  ['2025. gada 2.pusgads  ', 'plan 293, 302', dueHalf(2025, 2)],
  [' 2025. gada 2.pusgads', 'plan 808', dueHalf(2025, 2)],
  ['2023. gada 1.pusgads', 'plan 664, 718', dueHalf(2023, 1)],
  ['2023. gada 1.pusgads  ', 'plan 320', dueHalf(2023, 1)],
  ['2023.gada 1.pusgads', 'plan 484, 1188', dueHalf(2023, 1)],
  ['2024. gada 2.pusgads', 'plan 571, 579, 587, 856, 898, 998', dueHalf(2024, 2)],
  ['2024. gada 2.pusgads  ', 'plan 338', dueHalf(2024, 2)],
  ['2024.gada 2.pusgads', 'plan 440, 451, 916, 1036, 1170', dueHalf(2024, 2)],
  ['\u00a02024.gada 2.pusgads', 'plan 1011 (non-breaking space)', dueHalf(2024, 2)],
  ['2024.gada  2.pusgads', 'plan 1213', dueHalf(2024, 2)],
  [
    '\u00a02024.gada 2.pusgads\n (izmaksas iekļautas 4.4.5.pasākumā)  ',
    'plan 1011–1012 (4.4.4, whole cell)',
    with_(dueHalf(2024, 2), { note: 'izmaksas iekļautas 4.4.5.pasākumā' }),
  ],
  ['No 2022. gada 1.pusgada', 'plan 726', fromHalf(2022, 1)],
  ['No 2022.gada 1.pusgada', 'plan 460, 768', fromHalf(2022, 1)],
  [
    'No 2022. gada 1.pusgada\n(pastāvīgi īstenojams)',
    'plan 726–727 (3.1.3)',
    with_(fromHalf(2022, 1), { note: 'pastāvīgi īstenojams' }),
  ],
  ['No 2022. gada 2.pusgada', 'plan 649, 978', fromHalf(2022, 2)],
  ['No 2022.gada 2.pusgada', 'plan 675, 949, 1225', fromHalf(2022, 2)],
  ['No 2022.gada 2.pusgada ', 'plan 908', fromHalf(2022, 2)],
  ['No 2022. gada 2.pusgads', 'plan 889', fromHalf(2022, 2)],
  ['No 2022. gada 2.pusgada ik gadu', 'plan 431', with_(fromHalf(2022, 2), { recurrence: 'yearly' })],
  ['No 2022.gada 2.pusgada ik gadu ', 'plan 468, 495', with_(fromHalf(2022, 2), { recurrence: 'yearly' })],
  ['No 2023. gada 1.pusgada', 'plan 217, 244, 359, 925', fromHalf(2023, 1)],
  ['No 2023. gada 1.pusgada  ', 'plan 235, 311', fromHalf(2023, 1)],
  ['No 2023. gada 1.pusgada    ', 'plan 869', fromHalf(2023, 1)],
  ['No 2023.gada 1.pusgada', 'plan 961, 1087', fromHalf(2023, 1)],
  ['No 2023.gads 1.pusgada', 'plan 1098, 1107, 1200', fromHalf(2023, 1)],
  ['No 2023. gada 1.pusgada pastāvīgi  ', 'plan 1129', with_(fromHalf(2023, 1), { note: 'pastāvīgi' })],
  [
    'No 2023. gada 1.pusgada pastāvīgi finansējums  no ESF; sākot no 2024.gada ESF+ finansējums ',
    'plan 1148',
    with_(fromHalf(2023, 1), { note: 'pastāvīgi finansējums no ESF; sākot no 2024.gada ESF+ finansējums' }),
  ],
  ['No 2023. gada 2.pusgada', 'plan 131, 174, 182, 206, 227, 252, 388', fromHalf(2023, 2)],
  ['No 2023. gada 2.pusgada ', 'plan 558', fromHalf(2023, 2)],
  ['No 2023. gada 2.pusgada  ', 'plan 504, 544, 606, 629, 639', fromHalf(2023, 2)],
  ['No 2023.gada 2.pusgada  ', 'plan 518', fromHalf(2023, 2)],
  ['No 2023.gada 2.pusgada    ', 'plan 747, 1118', fromHalf(2023, 2)],
  ['No 2023. gads 2.pusgads   ', 'plan 835', fromHalf(2023, 2)],
  ['No 2024. gada 1.pusgada', 'plan 123, 166, 263, 279', fromHalf(2024, 1)],
  ['No 2024.gada 1.pusgada', 'plan 618', fromHalf(2024, 1)],
  ['No 2024. gada 2.pusgada', 'plan 271', fromHalf(2024, 2)],
  ['No 2024. gada 2.pusgada ', 'plan 533', fromHalf(2024, 2)],
  ['No 2024.gada2.pusgada   ', 'plan 1027', fromHalf(2024, 2)],
  ['No 2025. gada 2.pusgada', 'plan 150', fromHalf(2025, 2)],
  ['No 2022. gada 2.pusgada līdz 2023.gada 1.pusgadam ', 'plan 595', range('2022-07-01', '2023-06-30', 'half')],
  ['No 2022.gada 1.pusgada līdz 2023.gada 2.pusgadam      ', 'plan 757', range('2022-01-01', '2023-12-31', 'half')],
  [
    'No 2022.gada 1.pusgada līdz 2023. gada 2.pusgadam (esošā ESF projekta ietvaros)  ',
    'plan 708',
    with_(range('2022-01-01', '2023-12-31', 'half'), { note: 'esošā ESF projekta ietvaros' }),
  ],
  ['31.08.2024.', 'report 42 (bracket content)', dueDay('2024-08-31')],
  ['(31.08.2024.)', 'report 42', dueDay('2024-08-31')],
  ['(30.09.2024.)', 'report 49', dueDay('2024-09-30')],
  ['(30.06.2024.)', 'report 55, 218', dueDay('2024-06-30')],
  ['(31.12.2024).', 'report 64', dueDay('2024-12-31')],
  ['(31.12.2024.)', 'report 74', dueDay('2024-12-31')],
  ['(31.12.2025.)', 'report 160', dueDay('2025-12-31')],
  ['(31.12.2026.)', 'report 205', dueDay('2026-12-31')],
  ['(31.12.2027.)', 'report 85', dueDay('2027-12-31')],
  ['(31.12.2029.)', 'report 94, 101, 129, 234', dueDay('2029-12-31')],
  [
    'LM sadarbībā ar IZM (31.08.2024.)',
    'report 42 (whole cell)',
    with_(dueDay('2024-08-31'), { note: 'LM sadarbībā ar IZM' }),
  ],
  [
    'LM 1. kārta un NVO (31.12.2029.)',
    'report 94 (whole cell)',
    with_(dueDay('2029-12-31'), { note: 'LM 1. kārta un NVO' }),
  ],
  [
    'PKD sadarbībā ar IZM, VM, LM, pašvaldībām, NVO, (31.12.2029.)',
    'report 234 (whole cell)',
    with_(dueDay('2029-12-31'), { note: 'PKD sadarbībā ar IZM, VM, LM, pašvaldībām, NVO' }),
  ],
  ['(2025/2 - 2027/4)', 'report 133', range('2025-04-01', '2027-12-31', 'quarter')],
  ['(2025/1 - 2029/3)', 'report 138', range('2025-01-01', '2029-09-30', 'quarter')],
  ['(2025/1 – 2026/4)', 'report 143', range('2025-01-01', '2026-12-31', 'quarter')],
  ['2025/1 – 2029/3', 'report (brief)', range('2025-01-01', '2029-09-30', 'quarter')],
  ['(2024/4 – 2029/3)', 'report 147', range('2024-10-01', '2029-09-30', 'quarter')],
  ['(2025/3 – 2027/1)', 'report 152', range('2025-07-01', '2027-03-31', 'quarter')],
  ['(2026/1 – 2029/4)', 'report 155', range('2026-01-01', '2029-12-31', 'quarter')],
  ['līdz 2026. gada jūnijam', 'report 89', { kind: 'due', start: '2026-06-01', end: '2026-06-30', unit: 'month' }],
  ['2026. gada 1. ceturksnī', 'report 97', dueQ(2026, 1)],
  ['2025.gada 3.ceturksnī', 'report 97', dueQ(2025, 3)],
  ['2025. gada 4. ceturksnī', 'report 97', dueQ(2025, 4)],
  ['no 2025.gada 3. ceturkšņa', 'report 148', fromQ(2025, 3)],
  ['līdz 2025. gada 31. decembrim', 'report 88', dueDay('2025-12-31')],
  ['līdz 2025. gada 30. novembrim', 'report 67', dueDay('2025-11-30')],
  ['līdz 2025. gada 1. septembrim', 'report 4', dueDay('2025-09-01')],
  ['līdz 2028. gada 31. decembrim', 'report 207', dueDay('2028-12-31')],
  ['2026. gada 1. jūnijs', 'report 240', dueDay('2026-06-01')],
  ['2029. gada 31. decembris', 'report 240', dueDay('2029-12-31')],
  ['2025. gada 4. jūlijā', 'report 112', dueDay('2025-07-04')],
  ['ar 2025. gada 31. martu', 'report 146', { kind: 'from', start: '2025-03-31', unit: 'day' }],
  ['2024. gada oktobrī', 'report 220', { kind: 'due', start: '2024-10-01', end: '2024-10-31', unit: 'month' }],
  ['2025. gada janvārī', 'report 223', { kind: 'due', start: '2025-01-01', end: '2025-01-31', unit: 'month' }],
  ['Kopš 2025.gada maija', 'report 97', { kind: 'from', start: '2025-05-01', unit: 'month' }],
  ['Kopš 2022.g. augusta', 'report 285', { kind: 'from', start: '2022-08-01', unit: 'month' }],
  ['2024.gada otrajā pusē', 'report 232', dueHalf(2024, 2)],
  ['no 2026.gada', 'report 232', { kind: 'from', start: '2026-01-01', unit: 'year' }],
  ['2025.gadā', 'report 231', { kind: 'due', start: '2025-01-01', end: '2025-12-31', unit: 'year' }],
  ['No 2024.gada līdz 2026.gadam', 'report 233', range('2024-01-01', '2026-12-31', 'year')],
  ['no 2026. gadam līdz 2029.gadam', 'report 233 (sic: dative)', range('2026-01-01', '2029-12-31', 'year')],
  ['2024.- 2026.gadā', 'report 232', range('2024-01-01', '2026-12-31', 'year')],
  ['(2026.-2027.gads)', 'report 97', range('2026-01-01', '2027-12-31', 'year')],
  ['2025. gadā līdz jūnijam', 'report 142', range('2025-01-01', '2025-06-30', 'month')],
  ['no 2024. gada februāra līdz aprīlim', 'report 164', range('2024-02-01', '2024-04-30', 'month')],
  ['2024. gada 16. septembris līdz 4. decembris', 'report 197', range('2024-09-16', '2024-12-04', 'day')],
  ['2025. gada 9. septembris līdz 27. novembris', 'report 201', range('2025-09-09', '2025-11-27', 'day')],
  ['no 2024. gada 8. marta līdz 2025. gada 8. martam', 'report 260', range('2024-03-08', '2025-03-08', 'day')],
  [
    'Termiņš: Tā kā darba grupa ir pastāvīga, tai nav nosakāms termiņš. Katra uzdevuma izpildei tik definēti konkrēti termiņi.',
    'groups 24',
    {
      kind: 'ongoing',
      note: 'Tā kā darba grupa ir pastāvīga, tai nav nosakāms termiņš. Katra uzdevuma izpildei tik definēti konkrēti termiņi',
    },
  ],
  ['Termiņš: 2022.gada 1.aprīlis', 'groups 72', dueDay('2022-04-01')],
  ['Termiņš: 2022. gada 1. septembris', 'groups 102', dueDay('2022-09-01')],
  ['Termiņš: 2023. gada 1. marts', 'groups 140', dueDay('2023-03-01')],
  ['Termiņš: 2022.gada 30.decembris ', 'groups 170', dueDay('2022-12-30')],
  ['    Termiņš:…..', 'groups 200', { kind: 'unknown', problem: 'no deadline given' }],
  ['Termiņš: 2022.gada 1.jūlijs.', 'groups 228', dueDay('2022-07-01')],
  ['Termiņš: 2022.gada 1.decembris.', 'groups 233', dueDay('2022-12-01')],
  ['Termiņš: 2022.gada 1.novembris.', 'groups 258', dueDay('2022-11-01')],
  ['Termiņš: 2022.gada 1.maijs ', 'groups 278', dueDay('2022-05-01')],
  ['    Termiņš: 2023.gada 1.janvāris.', 'groups 289', dueDay('2023-01-01')],
  ['Termiņš:  2022.gada 1.novembris.', 'groups 292', dueDay('2022-11-01')],
  ['2022.gada 1.aprīlis', 'groups 72 (without the label)', dueDay('2022-04-01')],
  ['2022. gada 30.decembris', 'groups 170 (without the label)', dueDay('2022-12-30')],
  ['2024. gada 1. janvārī', 'bac 13', dueDay('2024-01-01')],
  ['no 12.2023. līdz 12.2029.', 'bac 54', range('2023-12-01', '2029-12-31', 'month')],
  ['līdz 2026.gada 1.cet.', 'bac 59, 60', dueQ(2026, 1)],
  ['2024. gada 4. cet.', 'bac 61, 65, 72', dueQ(2024, 4)],
  ['līguma izpilde uzsākta 2024. gada 4. cet.', 'bac 61', with_(fromQ(2024, 4), { note: 'līguma izpilde uzsākta' })],
  ['no 2025.gada 1.cet. līdz 2029.gada 3.cet.', 'bac 61', range('2025-01-01', '2029-09-30', 'quarter')],
  [
    'plānots uzsākt 2025.gada 2.cet. un turpināt līdz 2027.gada 4.cet.',
    'bac 69',
    with_(range('2025-04-01', '2027-12-31', 'quarter'), { note: 'plānots uzsākt' }),
  ],
  [
    'plānots uzsākt 2025. gada 3. cet. un izstrādāt līdz 2028.gada 3.cet.',
    'bac 70',
    with_(range('2025-07-01', '2028-09-30', 'quarter'), { note: 'plānots uzsākt' }),
  ],
  [
    'plānots uzsākt no 2025.gada 3.cet. un turpināt līdz 2028.gada 2.cet.',
    'bac 73',
    with_(range('2025-07-01', '2028-06-30', 'quarter'), { note: 'plānots uzsākt' }),
  ],
  [
    'plānots uzsākt izstrādi 2026. gadā un izstrādāt līdz 2029.gada 1.cet.',
    'bac 76 (a year, then a quarter: told in quarters)',
    with_(range('2026-01-01', '2029-03-31', 'quarter'), { note: 'plānots uzsākt izstrādi' }),
  ],
  [
    'pakalpojumu plānots uzsākt 2025. gada 1. cet.',
    'bac 73',
    with_(fromQ(2025, 1), { note: 'pakalpojumu plānots uzsākt' }),
  ],
  ['līdz 2029. gada 3. ceturksnim', 'bac 95', dueQ(2029, 3)],
  ['2025. gada 1. ceturksnim', 'bac 99', dueQ(2025, 1)],
  ['līdz 2029. gada 31. septembrim', 'bac 84', { kind: 'unknown', problem: '31 September 2029 does not exist' }],
  ['pastāvīgi', 'brief', { kind: 'ongoing' }],
  ['ik gadu', 'brief', { kind: 'ongoing', recurrence: 'yearly' }],
  ['Termiņš:…..', 'brief', { kind: 'unknown', problem: 'no deadline given' }],
  ['…..', 'brief', { kind: 'unknown', problem: 'no deadline given' }],
  ['', 'brief', { kind: 'unknown', problem: 'no deadline given' }],
];

describe('parsePeriod: every spelling in the documents', () => {
  it.each(FROM_DOCUMENTS)('%j (%s)', (raw, _source, expected) => {
    expect(parsePeriod(raw)).toEqual({ ...expected, raw });
  });
});

const seed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
const squash = (text: string) =>
  text
    .replace(/\[footnoteRef:\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the spelling table is complete', () => {
  const covered = new Set(FROM_DOCUMENTS.map(([raw]) => squash(raw)));
  const firstLines = new Set(FROM_DOCUMENTS.map(([raw]) => squash(raw.split('\n')[0] ?? '')));

  it("holds the first line of every deadline cell in the plan's table", () => {
    const lines = preprocess(seed('plan-2022-2025.txt')).lines.map(squash);
    const deadlines = lines.filter((line) => /^(No )?\d{4}\. ?gad/.test(line));
    expect(deadlines).toHaveLength(93);
    expect(deadlines.filter((line) => !firstLines.has(line))).toEqual([]);
  });

  it('holds every "Termiņš:" line of the working groups', () => {
    const lines = seed('working-groups.txt')
      .split('\n')
      .filter((line) => line.includes('Termiņš:'));
    expect(lines).toHaveLength(12);
    expect(lines.map(squash).filter((line) => !covered.has(line))).toEqual([]);
  });

  it("holds every bracketed date of the report's responsible cells", () => {
    const brackets = [
      ...seed('report-violence-in-schools-2025.txt').matchAll(/^\t.*?(\(\d\d\.\d\d\.\d{4}\.?\)\.?)\s*$/gm),
    ];
    expect(brackets).toHaveLength(13);
    expect(brackets.map((m) => m[1] ?? '').filter((date) => !covered.has(date))).toEqual([]);
  });
});
