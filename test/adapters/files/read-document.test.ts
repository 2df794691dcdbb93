import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocumentFileError } from '../../../src/adapters/files/document-file-error.js';
import { readDocument } from '../../../src/adapters/files/read-document.js';

const cell = (...texts: string[]) => new TableCell({ children: texts.map((t) => new Paragraph(t)) });

async function sample(): Promise<Uint8Array> {
  const doc = new Document({
    title: 'Rīcības plāns 2026',
    footnotes: { 1: { children: [new Paragraph(' Skat. pielikumu.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Rīcības plāns', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('Plāns nosaka pasākumus'), new FootnoteReferenceRun(1), new TextRun('.')],
          }),
          new Paragraph(''),
          new Paragraph({ text: 'Pirmais punkts', bullet: { level: 0 } }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Nr.'), cell('Pasākums'), cell('Termiņš')] }),
              new TableRow({ children: [new TableCell({ columnSpan: 3, children: [new Paragraph('1. Uzdevums')] })] }),
              new TableRow({
                children: [cell('1.1.'), cell('Izstrādāt', 'vadlīnijas', ''), cell('2026. gada 2.pusgads')],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function refusal(file: string, bytes: Uint8Array): Promise<DocumentFileError> {
  const error = await readDocument(file, bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentFileError);
  return error as DocumentFileError;
}

describe('reading a document file', () => {
  it('reads a .docx into the seeds’ text conventions, with its blocks and its title', async () => {
    const doc = await readDocument('plans.docx', await sample());
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe('Rīcības plāns 2026');
    expect(doc.text.split('\n')).toEqual([
      'Rīcības plāns',
      'Plāns nosaka pasākumus[footnoteRef:1]. [1:  Skat. pielikumu.]',
      '',
      '· Pirmais punkts',
      '\tNr.',
      '\tPasākums',
      '\tTermiņš',
      '\t1. Uzdevums',
      '\t1.1.',
      '\tIzstrādāt',
      'vadlīnijas',
      '',
      '\t2026. gada 2.pusgads',
    ]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'item', 'table']);
    const table = doc.blocks[4];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => [r.header, r.cells.map((c) => c.span)])).toEqual([
      [true, [1, 1, 1]],
      [false, [3]],
      [false, [1, 1, 1]],
    ]);
  });

  it('reads .txt with tab-led cells into table rows, and .md headings, lists and pipe tables', async () => {
    const txt = await readDocument(
      'a.txt',
      new TextEncoder().encode('Ievads\n\tNr.\n\tTermiņš\n\n\t1.\n\t2026\n\nBeigas'),
    );
    // The blank line that ends the table stays a (blank) paragraph: line numbers are kept.
    expect(txt.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    const table = txt.blocks[1];
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells.length)).toEqual([2, 2]);
    const md = await readDocument(
      'b.md',
      new TextEncoder().encode('# Plāns\n\n- punkts\n\n| Nr. | Termiņš |\n|---|---|\n| 1. | 2026 |'),
    );
    expect(md.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'item', 'paragraph', 'table']);
    const pipe = md.blocks[4];
    expect(pipe?.kind === 'table' && pipe.rows.map((r) => r.header)).toEqual([true, false]);
  });

  it('refuses a .pdf and a .doc with the advice to save it as .docx', async () => {
    for (const name of ['ziņojums.pdf', 'protokols.doc']) {
      const error = await refusal(name, new Uint8Array([1, 2, 3]));
      expect(error.problem).toBe('legacy-format');
      expect(error.message).toContain(name);
      expect(error.reason.en).toContain('save it as .docx');
      expect(error.reason.lv).toContain('saglabājiet kā .docx');
    }
    const disguised = await refusal('plans.docx', new TextEncoder().encode('%PDF-1.7\n…'));
    expect(disguised.reason.en).toMatch(/PDF.*save it as \.docx/);
  });

  it('names a malformed, an empty and a text-less .docx with the reason', async () => {
    const notZip = await refusal('bojāts.docx', new TextEncoder().encode('PK this is not a zip'));
    expect([notZip.problem, notZip.reason.en]).toEqual(['malformed', expect.stringMatching(/ZIP archive is damaged/)]);
    const noMain = await refusal('tukšs.docx', zipSync({ 'hello.txt': new TextEncoder().encode('x') }));
    expect(noMain.reason.en).toContain('no main document part');
    const empty = await refusal('nulle.docx', new Uint8Array());
    expect([empty.problem, empty.reason.en]).toEqual(['empty', 'the file is empty (0 bytes).']);
    const blank = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
    const noText = await refusal('bez-teksta.docx', blank);
    expect([noText.problem, noText.reason.en]).toEqual(['empty', 'the document has no text.']);
  });

  it('refuses other formats and text that is not UTF-8', async () => {
    expect((await refusal('tabula.xlsx', new Uint8Array([1]))).problem).toBe('unsupported-format');
    expect((await refusal('a.txt', new Uint8Array([0xff, 0xfe, 0x00]))).problem).toBe('not-text');
  });
});
