import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/documents/catalogue.js';
import { parseProgramme } from '../../../src/core/documents/programme/parse-programme.js';
import { DocumentExtractSchema, type ProgrammeActivity } from '../../../src/core/knowledge/model.js';

const text = readFileSync(new URL('../../../seeds/state-programme-2026.txt', import.meta.url), 'utf8');
const seedLines = text.split('\n');
const extract = parseProgramme(text);

function activity(id: string, from = extract): ProgrammeActivity {
  const found = from.activities.find((a) => a.id === id);
  if (!found) throw new Error(`activity ${id} not parsed`);
  return found;
}

const MINISTRY = ['2.1.1', '2.1.2', '2.1.5', '2.1.6', '2.2.4'];
const CENTRE = ['1', '2.1.3', '2.1.4', '2.2.1', '2.2.2', '2.2.3'];

describe('programme activities', () => {
  it('finds the 11 activities in document order, chapter 1 among them', () => {
    expect(extract.activities.map((a) => a.id)).toEqual([
      '1',
      '2.1.1',
      '2.1.2',
      '2.1.3',
      '2.1.4',
      '2.1.5',
      '2.1.6',
      '2.2.1',
      '2.2.2',
      '2.2.3',
      '2.2.4',
    ]);
    expect(extract.activities.map((a) => a.section)).toEqual(['1', ...Array(6).fill('2.1'), ...Array(4).fill('2.2')]);
  });

  it('reads each funding line in euro', () => {
    expect(Object.fromEntries(extract.activities.map((a) => [a.id, a.funding.amount]))).toEqual({
      '1': 16000,
      '2.1.1': 15000,
      '2.1.2': 20239,
      '2.1.3': 30000,
      '2.1.4': 30000,
      '2.1.5': 20000,
      '2.1.6': 50000,
      '2.2.1': 15000,
      '2.2.2': 20000,
      '2.2.3': 17000,
      '2.2.4': 50000,
    });
    expect(activity('1').funding).toEqual({ amount: 16000, currency: 'EUR', raw: 'Finansējums – 16 000 euro' });
    expect(activity('2.2.4').funding.raw).toBe('Finansējums: 50 000 euro');
  });

  it('assigns each activity to the ministry or the centre as the introduction does', () => {
    for (const id of MINISTRY) expect(activity(id).runBy).toEqual({ name: 'Labklājības ministrija' });
    for (const id of CENTRE) expect(activity(id).runBy).toEqual({ name: 'Bērnu aizsardzības centrs' });
    expect(activity('2.1.1').runBySource.line).toBe(9);
    expect(activity('2.1.1').runBySource.raw).toMatch(/^1\) ministrija nodrošina un administrē/);
    expect(activity('1').runBySource.raw).toMatch(/^2\) centrs .* 1\. nodaļā/);
  });

  it('follows the introduction when it assigns differently', () => {
    const swapped = parseProgramme(text.replace('1) ministrija nodrošina', '1) centrs nodrošina'));
    expect(activity('2.1.1', swapped).runBy.name).toBe('Bērnu aizsardzības centrs');
    expect(activity('2.1.3', swapped).runBy.name).toBe('Bērnu aizsardzības centrs');
  });

  it('reads one unnumbered result line or numbered "N)" lines', () => {
    expect(Object.fromEntries(extract.activities.map((a) => [a.id, a.results.length]))).toEqual({
      '1': 4,
      '2.1.1': 1,
      '2.1.2': 1,
      '2.1.3': 1,
      '2.1.4': 1,
      '2.1.5': 1,
      '2.1.6': 2,
      '2.2.1': 1,
      '2.2.2': 2,
      '2.2.3': 2,
      '2.2.4': 4,
    });
    expect(activity('2.1.1').results[0]).toMatch(/^organizēti izpratni veicinoši pasākumi jauniešiem/);
    expect(activity('2.2.4').results[3]).toMatch(/^organizēti darba semināri, kuros piedalījušies indikatīvi 100/);
    expect(activity('2.1.2').results).toEqual([
      'organizēti informatīvi pasākumi zēniem un vīriešiem par negatīvu ar dzimumu saistītu stereotipu ietekmi uz mentālo veselību.',
    ]);
  });

  it('keeps titles as written and descriptions without funding or results', () => {
    expect(activity('2.1.3').title).toBe('Centra bērnu un pusaudžu uzticības tālruņa 111611 pasākumi');
    expect(activity('2.1.3').source).toMatchObject({ locator: 'activity 2.1.3', line: 67 });
    expect(activity('2.2.2').source.line).toBe(145);
    expect(activity('1').description.split('\n')).toHaveLength(3);
    expect(activity('2.1.3').description).toContain('9) “Uzticies… tevi dzirdēs un sapratīs”');
    for (const a of extract.activities) expect(a.description).not.toMatch(/Finansējums|Rezultāt|\[footnoteRef/);
  });
});

describe('programme sections and total', () => {
  it('reads chapters 1 and 2 and sections 2.1 and 2.2 with their titles', () => {
    expect(extract.programmeSections.map((s) => [s.id, s.title, s.source.line])).toEqual([
      ['1', 'Centra Krīzes intervences komandas palīdzības nodrošināšana akūtos krīzes gadījumos', 13],
      ['2', 'Informatīvie pasākumi bērna un ģimenes stāvokļa uzlabošanai', 27],
      ['2.1', 'Sabiedrības informēšanas kampaņa “Palīdzi bērnam izaugt!”', 43],
      ['2.2', 'Pasākumi bērnu tiesību aizsardzībā', 130],
    ]);
  });

  it('checks the stated total against the sum of the activities', () => {
    expect(extract.programmeTotal).toMatchObject({ stated: 283239, sum: 283239, matches: true });
    expect(extract.programmeTotal?.source.line).toBe(191);
    expect(seedLines[190]).toContain('283 239 euro');
    expect(extract.warnings.filter((w) => w.kind === 'total-mismatch')).toEqual([]);
  });

  it('warns when the stated total differs', () => {
    const changed = parseProgramme(
      text.replace('kopējais finansējums – 283 239 euro', 'kopējais finansējums – 283 293 euro'),
    );
    expect(changed.programmeTotal).toMatchObject({ stated: 283293, sum: 283239, matches: false });
    expect(changed.warnings).toContainEqual(expect.objectContaining({ kind: 'total-mismatch', line: 191 }));
  });
});

describe('programme warnings', () => {
  it('flags the heading that writes the helpline 116111 as 111611', () => {
    const malformed = extract.warnings.filter((w) => w.kind === 'malformed');
    expect(malformed).toHaveLength(1);
    expect(malformed[0]?.line).toBe(67);
    expect(malformed[0]?.message).toContain('111611');
    expect(malformed[0]?.message).toContain('116111');
  });

  it('finds the misspelling by comparing with the text, so a corrected heading is not flagged', () => {
    const fixed = parseProgramme(text.replace('tālruņa 111611 pasākumi', 'tālruņa 116111 pasākumi'));
    expect(fixed.warnings.filter((w) => w.kind === 'malformed')).toEqual([]);
  });

  it('refuses an introduction that assigns the measures to no one', () => {
    expect(() =>
      parseProgramme(text.replace(/turpmāk – centrs/u, 'turpmāk – BAC').replace('(turpmāk – ministrija)', '')),
    ).toThrow(ParseError);
  });
});

describe('programme passages', () => {
  const passageWith = (needle: string) => extract.passages.find((p) => p.text.includes(needle));

  it('quotes activity descriptions under the path of headings', () => {
    const day = passageWith('Starptautiskās bērnu aizsardzības dienas');
    expect(day?.source.locator).toBe('activity 2.1.4');
    expect(day?.section).toEqual([
      '2. Informatīvie pasākumi bērna un ģimenes stāvokļa uzlabošanai',
      '2.1. Sabiedrības informēšanas kampaņa “Palīdzi bērnam izaugt!”',
      '2.1.4. Starptautiskajai bērnu aizsardzības dienai veltīts pasākums',
    ]);
    expect(passageWith('122 bērniem, 137 pedagogiem')?.source.locator).toBe('activity 1');
  });

  it('quotes the introduction and section 2 goal and its ten tasks', () => {
    expect(passageWith('Labklājības ministrija (turpmāk – ministrija)')?.source.locator).toBe('introduction');
    expect(passageWith('Mērķis: veicināt bērnam labvēlīgas vides')?.source.locator).toBe('section 2');
    const tasks = extract.passages.filter((p) => p.section.at(-1) === 'Uzdevumi');
    expect(tasks).toHaveLength(10);
    expect(tasks.every((p) => p.source.locator === 'section 2')).toBe(true);
    expect(passageWith('sastāv no vairākiem pasākumiem')?.source.locator).toBe('section 2.1');
  });

  it('quotes no funding or result line, keeps the signature apart, and gives unique ids', () => {
    expect(extract.passages.some((p) => /^(Finansējums|Rezultāt|Valsts programmas kopējais)/u.test(p.text))).toBe(
      false,
    );
    const signed = extract.passages.filter((p) => p.text.includes('Kurme'));
    expect(signed.map((p) => [p.section, p.text, p.source.locator])).toEqual([
      [['Paraksts'], 'Bērnu un ģimenes politikas departamenta direktore I. Kurme', 'signature'],
    ]);
    const ids = extract.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('programme extract', () => {
  it('validates against the knowledge model', () => {
    expect(DocumentExtractSchema.safeParse(extract).success).toBe(true);
  });
});
