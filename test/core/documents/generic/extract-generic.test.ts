import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCuratedInstitutions } from '../../../../src/adapters/files/knowledge-files.js';
import { readTableHeaders } from '../../../../src/adapters/files/table-headers-file.js';
import type { Block, TableRow } from '../../../../src/core/documents/generic/blocks.js';
import { paragraph } from '../../../../src/core/documents/generic/blocks.js';
import { extractGeneric } from '../../../../src/core/documents/generic/extract-generic.js';
import { fieldOf } from '../../../../src/core/documents/generic/header-words.js';

const headers = readTableHeaders();
const institutions = readCuratedInstitutions();
const heading = (level: number, text: string): Block => ({ kind: 'heading', level, text, footnotes: [] });
const row = (cells: string[], header = false): TableRow => ({
  header,
  cells: cells.map((text) => ({ blocks: [paragraph(text)], span: 1 })),
});

const protocol: Block[] = [
  heading(1, 'Padomes sēdes protokols'),
  paragraph('LM – Labklājības ministrija'),
  paragraph('XYZA – Jauna aģentūra'),
  heading(2, '1. Ievads'),
  paragraph('Sēdē pārrunāja bērnu tiesību aizsardzības jautājumus.'),
  heading(2, '2. Uzdevumi'),
  heading(3, '2.1. Uzdevumu tabula'),
  {
    kind: 'table',
    rows: [
      row(['No.', 'Task', 'Responsible', 'Co-responsible', 'Deadline', 'Status'], true),
      row(['1.', 'Sagatavot ziņojumu', 'LM', 'IZM, QQQ', '2026. gada 1. pusgads', 'Izpilde turpinās']),
      row(['2.', 'Izvērtēt pakalpojumus', 'XYZA', 'VM', 'kad būs finansējums', 'Izpildīts']),
      row(['', 'Uzdevums bez numura', 'Valsts policija', '', '31.12.2026.', '']),
    ],
  },
  { kind: 'table', rows: [row(['Piezīme', 'Teksts bez kolonnu nosaukumiem'])] },
];

describe('generic extraction', () => {
  const g = extractGeneric({ file: 'protokols.docx', blocks: protocol }, institutions, headers);

  it('takes the title from the properties, else from the first heading, else from the file name', () => {
    expect([g.title, g.titleFrom]).toEqual(['Padomes sēdes protokols', 'heading']);
    const titled = extractGeneric(
      { file: 'p.docx', title: 'Protokols Nr. 3', blocks: protocol },
      institutions,
      headers,
    );
    expect([titled.title, titled.titleFrom]).toEqual(['Protokols Nr. 3', 'properties']);
    const bare = extractGeneric({ file: 'piezimes.md', blocks: [paragraph('Teksts.')] }, institutions, headers);
    expect([bare.title, bare.titleFrom]).toEqual(['piezimes', 'file']);
  });

  it('gives every passage its section path and a locator for citations', () => {
    const passage = g.passages.find((p) => p.text.startsWith('Sēdē pārrunāja'));
    expect(passage).toMatchObject({ section: ['Padomes sēdes protokols', '1. Ievads'], locator: 'section 1' });
    expect(g.passages.find((p) => p.text === 'Teksts bez kolonnu nosaukumiem')?.locator).toBe('table 2');
    expect(g.sections.map((s) => s.path.at(-1))).toEqual([
      'Padomes sēdes protokols',
      '1. Ievads',
      '2. Uzdevumi',
      '2.1. Uzdevumu tabula',
    ]);
  });

  it('reads the abbreviation list and resolves what the registry knows', () => {
    expect(g.abbreviations.map((a) => [a.abbr, a.institution])).toEqual([
      ['LM', 'LM'],
      ['XYZA', undefined],
    ]);
  });

  it('turns rows of a table with English header words into items keeping their numbers', () => {
    expect(g.tables[0]?.columns.map((c) => c.field)).toEqual([
      'number',
      'measure',
      'responsible',
      'coResponsible',
      'deadline',
      'status',
    ]);
    const [first, second, third] = g.items;
    expect(first).toMatchObject({ number: '1.', id: '1', noun: 'task', locator: 'task 1', status: 'Izpilde turpinās' });
    expect(first?.responsible).toEqual([{ name: 'LM', institution: 'LM' }]);
    expect(first?.deadline).toMatchObject({ kind: 'due', end: '2026-06-30' });
    expect(first?.section).toEqual(['Padomes sēdes protokols', '2. Uzdevumi', '2.1. Uzdevumu tabula']);
    expect(second?.responsible).toEqual([{ name: 'XYZA' }]);
    expect(third).toMatchObject({
      locator: 'table 1, row 4',
      responsible: [{ name: 'Valsts policija', institution: 'VP' }],
    });
  });

  it('reports unreadable deadlines and abbreviations neither the registry nor the document defines', () => {
    expect(g.warnings.map((w) => [w.kind, w.locator])).toEqual([
      ['unknown-abbreviation', 'task 1'],
      ['unreadable-deadline', 'task 2'],
    ]);
    expect(g.warnings[0]?.message).toContain('QQQ');
  });

  it('matches header words folded and whole for short words, the longest phrase winning', () => {
    expect(fieldOf('Līdzatbildīgās institūcijas', headers)).toBe('coResponsible');
    expect(fieldOf('ATBILDIGA INSTITUCIJA', headers)).toBe('responsible');
    expect(fieldOf('Rezultatīvais rādītājs', headers)).toBe('indicator');
    expect(fieldOf('Izpildes termiņš', headers)).toBe('deadline');
    expect(fieldOf('Norises vieta', headers)).toBeUndefined();
  });

  it('refuses curated header words that do not match their schema, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    writeFileSync(join(dir, 'table-headers.json'), JSON.stringify({ why: 'x', fields: {}, nouns: {} }));
    expect(() => readTableHeaders(dir)).toThrow(
      /table-headers\.json: does not match the knowledge model: fields\.number/,
    );
  });
});
