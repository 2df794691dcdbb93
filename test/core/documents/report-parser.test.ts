import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/documents/catalogue.js';
import { parseReport } from '../../../src/core/documents/report/parse-report.js';
import { DocumentExtractSchema, type ReportTask } from '../../../src/core/knowledge/model.js';

const text = readFileSync(new URL('../../../seeds/report-violence-in-schools-2025.txt', import.meta.url), 'utf8');
const seedLines = text.split('\n');
const extract = parseReport(text);

function task(n: number): ReportTask {
  const found = extract.reportTasks.find((t) => t.number === n);
  if (!found) throw new Error(`task ${n} not parsed`);
  return found;
}

const names = (parties: { name: string }[]) => parties.map((p) => p.name);
const passageWith = (...needles: string[]) => extract.passages.find((p) => needles.every((n) => p.text.includes(n)));

describe('report abbreviations', () => {
  it('reads the 11 entries with their names exactly as written (accusative included)', () => {
    expect(extract.abbreviations.map((a) => [a.abbr, a.name])).toEqual([
      ['BAC', 'Bērnu aizsardzības centru'],
      ['IKVD', 'Izglītības kvalitātes valsts dienests'],
      ['IZM', 'Izglītības un zinātnes ministrija'],
      ['SIKZK', 'Saeimas Izglītības, kultūras un zinātnes komisija'],
      ['LM', 'Labklājības ministrija'],
      ['PKD', 'Pārresoru koordinācijas departaments'],
      ['PRC', 'Pusaudžu resursu centrs'],
      ['VIAA', 'Valsts izglītības attīstības aģentūru'],
      ['VK', 'Valsts kanceleja'],
      ['VP', 'Valsts policija'],
      ['VM', 'Veselības ministrija'],
    ]);
  });

  it('cites the line each entry stands on and leaves resolution to the registry', () => {
    for (const a of extract.abbreviations) {
      expect(seedLines[a.source.line - 1]).toMatch(new RegExp(`^${a.abbr} – `));
      expect(a.source.locator).toBe(`abbreviation ${a.abbr}`);
      expect(a.nominative).toBeUndefined();
      expect(a.institution).toBeUndefined();
    }
  });
});

describe('report tasks', () => {
  it('finds the 13 tasks numbered 1..13 in order, each citing the line of its number cell', () => {
    expect(extract.reportTasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    for (const t of extract.reportTasks) {
      expect(seedLines[t.source.line - 1]?.trim()).toBe(`${t.number}.`);
      expect(t.source.locator).toBe(`task ${t.number}`);
    }
  });

  it('reads each status as the table writes it', () => {
    const done = [1, 2, 3, 10, 12];
    for (const t of extract.reportTasks) {
      expect(t.status).toBe(done.includes(t.number) ? 'done' : 'ongoing');
      expect(t.statusRaw).toBe(done.includes(t.number) ? 'Izpildīts' : 'Izpilde turpinās');
    }
  });

  it('takes the deadline text out of the brackets, in whichever spelling', () => {
    expect(extract.reportTasks.map((t) => t.deadline.raw)).toEqual([
      '31.08.2024.',
      '30.09.2024.',
      '30.06.2024.',
      '31.12.2024',
      '31.12.2024.',
      '31.12.2027.',
      '31.12.2029.',
      '31.12.2029.',
      '31.12.2029.',
      '31.12.2025.',
      '31.12.2026.',
      '30.06.2024.',
      '31.12.2029.',
    ]);
  });

  it('splits lead and cooperating parties at "sadarbībā ar"', () => {
    expect(names(task(1).responsible)).toEqual(['LM']);
    expect(names(task(1).cooperating)).toEqual(['IZM']);
    expect(names(task(3).responsible)).toEqual(['LM']);
    expect(names(task(9).responsible)).toEqual(['BAC']);
    expect(names(task(10).responsible)).toEqual(['IZM']);
    expect(names(task(10).cooperating)).toEqual([]);
    expect(names(task(12).responsible)).toEqual(['BAC']);
    expect(names(task(12).cooperating)).toEqual([
      'IZM',
      'LM',
      'VM',
      'VP',
      'Latvijas Izglītības un zinātnes darbinieku arodbiedrību',
      'pašvaldībām',
      'izglītības iestādēm',
    ]);
    expect(names(task(13).responsible)).toEqual(['PKD']);
    expect(names(task(13).cooperating)).toEqual(['IZM', 'VM', 'LM', 'pašvaldībām', 'NVO']);
  });

  it('reads "LM 1. kārta un NVO" as two lead parties and keeps the round in the raw cell', () => {
    expect(names(task(7).responsible)).toEqual(['LM', 'NVO']);
    expect(task(7).responsibleRaw).toBe('LM 1. kārta un NVO (31.12.2029.)');
    expect(names(task(8).responsible)).toEqual(['LM', 'NVO']);
    expect(task(8).responsibleRaw).toBe('Atbildīgais – LM 2. kārta un NVO (31.12.2029.)');
  });

  it('keeps the responsible cell as written, whitespace squashed', () => {
    expect(task(1).responsibleRaw).toBe('LM sadarbībā ar IZM (31.08.2024.)');
    expect(task(3).responsibleRaw).toBe('LM, sadarbībā ar IZM (30.06.2024.)');
    expect(task(4).responsibleRaw).toBe('IZM (31.12.2024).');
  });

  it('reads task texts without footnote markers, a multi-line one line by line', () => {
    expect(task(1).text).toMatch(/^Sagatavot un iesniegt grozījumus Ministru kabineta 2017\. gada 12\. septembra/);
    expect(task(11).text).toBe(
      'Sociālo pakalpojumu un ārpusģimenes aprūpes kvalitātes uzraudzības sistēmas pilnveide.',
    );
    // Lines 227–233 of the cell: five paragraphs, the footnote body and a blank line between them.
    expect(task(13).text.split('\n')).toHaveLength(5);
    expect(task(13).text.split('\n')[4]).toMatch(/^No 2024\.gada līdz 2026\.gadam paredzēts/);
    expect(extract.reportTasks.some((t) => t.text.includes('[footnoteRef'))).toBe(false);
  });

  it('keeps the whole progress cell, one line per paragraph or bullet, artefacts removed', () => {
    expect(task(2).progress).toMatch(/^19\.03\.2025\. likumprojekts “Grozījumi Izglītības likumā”/);
    expect(task(2).progress).toMatch(/atbalstīts 1\.lasījumā\.$/);
    const progress9 = task(9).progress.split('\n');
    expect(progress9[0]).toMatch(/^Psihoemocionālā atbalsta pasākumi/);
    expect(progress9.filter((l) => l.startsWith('· '))).toHaveLength(17);
    expect(task(9).progress).toContain('80006008');
    expect(task(13).progress).toMatch(/izsludināts iepirkums pedagogu/);
    expect(task(13).progress).not.toContain('Papildus veiktās');
    for (const t of extract.reportTasks) expect(t.progress).not.toMatch(/\[(footnoteRef|bookmark|\d+:)/);
  });

  it('attaches the footnotes each row refers to', () => {
    expect(task(1).footnotes).toHaveLength(1);
    expect(task(1).footnotes[0]).toMatch(/noteikumi Nr\. 555/);
    expect(task(13).footnotes[0]).toMatch(/^Ministru kabineta 12\.12\.2023\. noteikumi Nr\. 749/);
    expect([2, 4, 7].map((n) => task(n).footnotes.length)).toEqual([0, 0, 0]);
  });

  it('calls the period parser with the bracketed text', () => {
    expect(task(4).deadline.raw).toBe('31.12.2024');
    expect(task(10).deadline.raw).toBe('31.12.2025.');
  });
});

describe('report passages', () => {
  it('cites a fact in a progress cell by its task', () => {
    const kontakts = passageWith('216 izglītības iestādes', '488 dalībnieki');
    expect(kontakts?.source.locator).toBe('task 10');
    expect(kontakts?.section).toEqual(['Veikto darbību izpildes progress', '10. uzdevums']);
    expect(kontakts?.source.line).toBe(163);
    expect(passageWith('22 045 225')?.source.locator).toBe('task 7');
    expect(passageWith('80006008')?.source.locator).toBe('task 9');
  });

  it('covers the introduction, the summary, long task texts and the closing section', () => {
    expect(passageWith('sagatavots sadarbībā ar Labklājības ministriju')?.source.locator).toBe('introduction');
    expect(passageWith('Lielākā daļa no iepriekš plānotajām darbībām')?.section).toEqual(['Kopsavilkums']);
    expect(passageWith('agrīnās attīstības skrīningu bērniem sākotnēji')?.source.locator).toBe('task 13');
    const closing = passageWith('Drošības vēstnešu programma');
    expect(closing?.section).toEqual(['Papildus veiktās un īstenotās darbības un pasākumi']);
    expect(closing?.source.line).toBe(285);
  });

  it('gives every passage a unique id and drops bullet signs', () => {
    const ids = extract.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(extract.passages.some((p) => p.text.startsWith('·'))).toBe(false);
  });
});

describe('report extract', () => {
  it('validates against the knowledge model', () => {
    expect(DocumentExtractSchema.safeParse(extract).success).toBe(true);
  });

  it('warns about the unlisted NVO once and finds no malformed or empty cell in the real text', () => {
    const unknown = extract.warnings.filter((w) => w.kind === 'unknown-abbreviation');
    expect(unknown.map((w) => w.line)).toEqual([92]);
    expect(unknown[0]?.message).toContain('"NVO"');
    expect(extract.warnings.filter((w) => ['malformed', 'empty-cell', 'missing-number'].includes(w.kind))).toEqual([]);
    expect(extract.contacts).toEqual([]);
  });

  it('warns about an empty status cell and keeps the task', () => {
    const lines = text.split('\n');
    expect(lines[49]).toBe('\tIzpildīts');
    lines[49] = '\t';
    const changed = parseReport(lines.join('\n'));
    expect(changed.reportTasks).toHaveLength(13);
    expect(changed.warnings).toContainEqual(expect.objectContaining({ kind: 'empty-cell', line: 50 }));
  });

  it('refuses a text without the progress table', () => {
    expect(() => parseReport(text.replace('Veikto darbību izpildes progress', 'Cits virsraksts'))).toThrow(ParseError);
  });
});
