import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { squash, takeFootnoteRefs } from '../../../src/core/documents/artefacts.js';
import { parseBac } from '../../../src/core/documents/bac/parse-bac.js';
import { ParseError } from '../../../src/core/documents/catalogue.js';
import { DocumentExtractSchema, type Unit } from '../../../src/core/knowledge/model.js';

const text = readFileSync(new URL('../../../seeds/bac-information-for-municipalities.txt', import.meta.url), 'utf8');
const extract = parseBac(text);

/** A seed line as the parser sees it: no bookmarks, images or footnote markers, whitespace squashed. */
const cleanLines = text
  .split('\n')
  .map((l) => squash(takeFootnoteRefs(l.replace(/\[(?:bookmark|image):[^\]]*\]/g, '')).text));

function unit(name: string): Unit {
  const found = extract.units.find((u) => u.name === name);
  if (!found) throw new Error(`unit ${name} not parsed`);
  return found;
}

const nameOfId = (id: string | undefined) => extract.units.find((u) => u.id === id)?.name;

describe('parseBac on the information for municipalities', () => {
  it('produces an extract that validates against the model', () => {
    const parsed = DocumentExtractSchema.safeParse(extract);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(extract.abbreviations).toEqual([]);
  });

  it('reads the reorganisation of VBTAI into the Centre and its date from the text', () => {
    expect(extract.events).toEqual([
      {
        kind: 'reorganisation',
        from: { name: 'Valsts bērnu tiesību aizsardzības inspekcija' },
        to: { name: 'Bērnu aizsardzības centru' },
        date: '2024-01-01',
        source: expect.objectContaining({ document: 'bac', locator: 'introduction', line: 13 }),
      },
    ]);
    expect(cleanLines[12]).toContain(extract.events[0]?.source.raw);
  });

  it('finds every structural unit with its parent', () => {
    const tree = extract.units.map((u) => [u.name, nameOfId(u.parent)]);
    expect(tree).toEqual([
      ['Uzraudzības dienests', undefined],
      ['Bērnu tiesību aizsardzības departaments', 'Uzraudzības dienests'],
      ['Bāriņtiesu uzraudzības departaments', 'Uzraudzības dienests'],
      ['Bērnu labbūtības veicināšanas departaments', undefined],
      ['Metodiskās vadības un analītikas departaments', undefined],
      ['Bērna māja', undefined],
      ['Uzticības tālruņa nodaļa', 'Bērnu labbūtības veicināšanas departaments'],
      ['Krīzes intervences komanda', 'Bērnu labbūtības veicināšanas departaments'],
      ['Vardarbības intervences nodaļa', 'Bērnu labbūtības veicināšanas departaments'],
      ['Metodiskās vadības nodaļa', 'Metodiskās vadības un analītikas departaments'],
      ['Analītikas nodaļa', 'Metodiskās vadības un analītikas departaments'],
      ['Atbalsta pakalpojumu departaments', undefined],
      ['Kompetenču pilnveides nodaļa', undefined],
      ['Prevencijas un resursu nodaļa', undefined],
      ['Administratīvais departaments', undefined],
    ]);
    const ids = extract.units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(unit('Bērna māja').id).toBe('berna-maja');
    for (const u of extract.units) expect(u.source.locator).toBe(`unit ${u.name}`);
  });

  it('knows the methodology department under its right name though its paragraph misspells it', () => {
    const methodology = unit('Metodiskās vadības un analītikas departaments');
    expect(methodology.description).toMatch(/^Metodiskā vadības un analītikas departaments sniedz metodisko atbalstu/);
    expect(methodology.source.line).toBe(41);
  });

  it('lists what the helpline section does, and not the crisis team among it', () => {
    const helpline = unit('Uzticības tālruņa nodaļa');
    expect(helpline.description).toContain('nodrošina Bērnu un pusaudžu uzticības tālruni 116111');
    expect(helpline.services).toHaveLength(5);
    expect(helpline.services[0]).toBe(
      'Sniedz bērniem un pusaudžiem psiholoģiska rakstura palīdzību, kā arī sniedz atbalstu krīzes situācijās.',
    );
    expect(helpline.services.some((s) => s.startsWith('Krīzes intervences komanda'))).toBe(false);
    expect(unit('Krīzes intervences komanda').description).toMatch(/^Krīzes intervences komanda sniedz psiholoģisko/);
  });

  it('describes the Child House and its services with their phone', () => {
    const house = unit('Bērna māja');
    expect(house.description).toMatch(/^Bērna māja ir vieta, kur dažādu jomu speciālisti/);
    expect(house.description).not.toContain('piedāvā:');
    expect(house.services).toHaveLength(5);
    expect(house.services.filter((s) => s.includes('+371 22405299'))).toHaveLength(1);
    expect(house.services.some((s) => s.includes('(bernamaja.lv)'))).toBe(true);
  });

  it('gives the other units their bullets and descriptions', () => {
    const services = Object.fromEntries(extract.units.map((u) => [u.name, u.services.length]));
    expect(services).toMatchObject({
      'Bērnu tiesību aizsardzības departaments': 3,
      'Bāriņtiesu uzraudzības departaments': 2,
      'Vardarbības intervences nodaļa': 5,
      'Atbalsta pakalpojumu departaments': 15,
      'Kompetenču pilnveides nodaļa': 9,
      'Analītikas nodaļa': 0,
    });
    expect(unit('Bērnu labbūtības veicināšanas departaments').description).toMatch(
      /^Centra konsultatīvā atbalsta, metodiskās vadības un analītikas jomā darbojas/,
    );
    expect(unit('Uzraudzības dienests').description).toMatch(/^Centra Uzraudzības dienesta sastāvā darbojas/);
    expect(unit('Administratīvais departaments').description).toContain('https://www.bac.gov.lv/lv');
    expect(extract.units.every((u) => u.description.length > 0)).toBe(true);
  });

  it('reads the projects with their ids, titles, units and periods', () => {
    expect(extract.projects.map((p) => [p.id, nameOfId(p.unit)])).toEqual([
      ['4.3.6.5/1/24/I/001', 'Atbalsta pakalpojumu departaments'],
      ['4.3.6.1/1/24/I/001', 'Kompetenču pilnveides nodaļa'],
      ['4.3.6.9/2/24/I/001', 'Prevencijas un resursu nodaļa'],
    ]);
    const [first, second, third] = extract.projects;
    expect(first?.title).toBe('Atbalsta pasākumi bērniem ar uzvedības vai atkarību problēmām un to ģimenēm');
    expect(first?.period.raw).toBe('Projekta īstenošanas laiks no 12.2023. līdz 12.2029.');
    expect(second?.title).toMatch(/^Profesionālās kvalifikācijas pilnveide bērnu tiesību aizsardzības jautājumos/);
    expect(second?.period.raw).toBe('Kompensācijas periods plānots līdz 2029. gada 31. septembrim.');
    expect(second?.activities).toEqual([]);
    expect(third?.period.raw).toBe('');
    expect(extract.warnings).toEqual([expect.objectContaining({ kind: 'unreadable-deadline', line: 102 })]);
  });

  it('reads every dated activity bullet of the first project', () => {
    const dated = cleanLines.filter((l) => /^· .*\((?:plānots|līguma|pakalpojumu plānots)[^)]*\d{4}/.test(l));
    const activities = extract.projects[0]?.activities ?? [];
    expect(activities).toHaveLength(dated.length);
    expect(activities).toHaveLength(12);
    expect(activities[0]?.title).toBe(
      'Bērna atbalsta speciālistu (turpmāk BAS) tīkla izveide un BAS pakalpojums izmēģinājumprojektā',
    );
    expect(activities[0]?.period.raw).toBe('plānots nodrošināt līdz 2026.gada 1.cet.');
    expect(activities[1]?.title).toBe('Atbalsta sistēmas un pakalpojumu pieejamības izvērtējums');
    expect(activities[11]?.title).toBe('Pašvaldībās pieejamā pakalpojumu groza un ceļa kartes izstrāde');
    expect(activities[11]?.period.raw).toBe('plānots uzsākt 2026. gada 2. cet. un izstrādāt līdz 2028.gada 1.cet.');
  });

  it('makes a passage of the three modules, cited by its unit', () => {
    const modules = extract.passages.filter((p) =>
      p.text.includes('Kopumā jāapgūst trīs dažādi moduļi sešu gadu laikā'),
    );
    expect(modules).toHaveLength(1);
    expect(modules[0]?.source).toMatchObject({ locator: 'unit Kompetenču pilnveides nodaļa', line: 94 });
    expect(modules[0]?.section).toEqual(['Kompetenču pilnveides nodaļa']);
    expect(modules[0]?.text).toContain('3. modulis “Starpinstitūciju sadarbība bērnu tiesību aizsardzības sistēmā”');
  });

  it('covers all running text and bullets with passages that point at their lines', () => {
    const ids = extract.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of extract.passages) expect(cleanLines[p.source.line - 1]).toContain(p.text.slice(0, 25));
    const body = cleanLines.slice(12).filter((l) => l.length > 0);
    for (const line of body) {
      const start = line.replace(/^(?:·|\d\))\s*/, '').slice(0, 25);
      expect(
        extract.passages.some((p) => p.text.includes(start)),
        start,
      ).toBe(true);
    }
  });

  it('cites passages by unit, the opening as the introduction', () => {
    const intro = extract.passages.filter((p) => p.source.locator === 'introduction');
    expect(intro.map((p) => p.source.line)).toEqual([13, 14]);
    expect(intro[0]?.section).toEqual(['Informācija pašvaldībām', 'Par Bērnu aizsardzības centra darbību']);
    const chat = extract.passages.find((p) => p.text.startsWith('Uzticības tālrunis ir bez maksas'));
    expect(chat?.source.locator).toBe('unit Uzticības tālruņa nodaļa');
    expect(chat?.section).toEqual(['Bērnu labbūtības veicināšanas departaments', 'Uzticības tālruņa nodaļa']);
    const footnote = extract.passages.find((p) => p.text.startsWith('Akciju veidā - periodiski'));
    expect(footnote?.source.locator).toBe('unit Atbalsta pakalpojumu departaments');
  });

  it('refuses a text that names no unit of the Centre', () => {
    expect(() => parseBac('Informācija pašvaldībām\n\nNekas šeit nav.\n')).toThrow(ParseError);
  });
});
