/**
 * `npm run ingest -- file` as a coordinator uses it: a child process reading one .docx, printing what it found
 * (counts per kind, warnings, three example questions) and adding it to the documents folder and DATA_DIR, with
 * knowledge/extracted/ left as it was; `--check` only reads; a .pdf and a damaged .docx get an error that names
 * the file and the reason, and nothing is added.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { EXTRACTED_DIR, PROJECT_ROOT, SEEDS_DIR } from '../../../src/adapters/files/paths.js';
import { seedDocx } from '../files/seed-docx.js';

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(PROJECT_ROOT, 'src', 'adapters', 'cli', 'ingest.ts');

const places = mkdtempSync(join(tmpdir(), 'ingest-places-'));
const ENV = { ...process.env, DATA_DIR: join(places, 'data'), DOCUMENTS_DIR: join(places, 'documents') };

async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd: PROJECT_ROOT, env: ENV });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function extractedHash(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(EXTRACTED_DIR).sort())
    hash.update(name).update(readFileSync(join(EXTRACTED_DIR, name)));
  return hash.digest('hex');
}

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
const row = (cells: string[], tableHeader = false) =>
  new TableRow({ ...(tableHeader ? { tableHeader } : {}), children: cells.map(cell) });

async function newPlan(): Promise<Buffer> {
  const doc = new Document({
    title: 'Rīcības plāns 2026.–2029. gadam',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Saīsinājumi', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('LM – Labklājības ministrija'),
          new Paragraph('IZM – Izglītības un zinātnes ministrija'),
          new Paragraph({ text: '1. Ievads', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Plāns turpina iepriekšējā plāna darbu bērnu un ģimeņu atbalstam.'),
          new Paragraph({ text: '2. Pasākumi', heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              row(
                ['Nr.', 'Pasākums', 'Atbildīgā institūcija', 'Līdzatbildīgās institūcijas', 'Izpildes termiņš'],
                true,
              ),
              row(['1.1.', 'Izstrādāt vadlīnijas', 'LM', 'IZM, ABCD', '2027. gada 1. pusgads']),
              row(['1.2.', 'Izvērtēt pakalpojumus', 'IZM', 'LM', 'kad būs finansējums']),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('npm run ingest -- file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-file-'));
  const before = extractedHash();
  writeFileSync(join(dir, 'jauns-plans.docx'), await newPlan());
  writeFileSync(
    join(dir, 'report-violence-in-schools-2025.docx'),
    await seedDocx(readFileSync(join(SEEDS_DIR, 'report-violence-in-schools-2025.txt'), 'utf8')),
  );
  writeFileSync(join(dir, 'ziņojums.pdf'), '%PDF-1.7\n');
  writeFileSync(join(dir, 'bojāts.docx'), 'PK not really a zip');

  it('with --check reads and prints, and adds nothing', async () => {
    const out = await ingest(join(dir, 'jauns-plans.docx'), '--check');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('found: 3 sections, 1 passages, 2 abbreviations, 1 item tables, 2 items');
    expect(out.stdout).toContain('checked only (--check): nothing was written');
    expect(existsSync(join(places, 'documents'))).toBe(false);
  });

  it('prints counts, warnings and three example questions for a document of no known kind', async () => {
    const out = await ingest(join(dir, 'jauns-plans.docx'));
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      'jauns-plans.docx: Rīcības plāns 2026.–2029. gadam (read as a document of no known kind)',
    );
    expect(out.stdout).toContain('found: 3 sections, 1 passages, 2 abbreviations, 1 item tables, 2 items');
    expect(out.stdout).toMatch(/unknown-abbreviation: ABCD in measure 1\.1 /);
    expect(out.stdout).toMatch(/unreadable-deadline: deadline of measure 1\.2 not read/);
    const questions =
      out.stdout
        .split('try asking:\n')[1]
        ?.split('\n')
        .filter((l) => l.startsWith('  ')) ?? [];
    expect(questions).toEqual([
      '  Kas ir atbildīgs par 1.1. pasākumu?  (Who is responsible for measure 1.1?)',
      '  Ko nozīmē LM?  (What does LM stand for?)',
      '  Kas teikts sadaļā “1. Ievads”?  (What does the section “1. Ievads” say?)',
    ]);
    expect(out.stdout).toContain('added as "jauns-plans"');
    expect(readdirSync(join(places, 'documents'))).toEqual(['jauns-plans.docx']);
    expect(readdirSync(join(places, 'data', 'documents'))).toEqual(['jauns-plans.json']);
    expect(extractedHash()).toBe(before);
  });

  it('reads a file named like a known document with that document’s parser', async () => {
    const out = await ingest(join(dir, 'report-violence-in-schools-2025.docx'));
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('(read as the known document "report")');
    expect(out.stdout).toMatch(/found: 11 abbreviations, 13 reportTasks/);
    expect(out.stdout).toContain('Kāds ir 1. uzdevuma statuss?');
    expect(extractedHash()).toBe(before);
  });

  it('names a .pdf and a damaged .docx with the reason, and changes nothing', async () => {
    const pdf = await ingest(join(dir, 'ziņojums.pdf'));
    expect([pdf.code, pdf.stderr.trim()]).toEqual([
      1,
      'error ziņojums.pdf: a PDF cannot be read: open it in Word and save it as .docx (Word Document).',
    ]);
    const broken = await ingest(join(dir, 'bojāts.docx'));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('error bojāts.docx: not a readable .docx file');
    expect(broken.stderr).not.toMatch(/\bat \S+:\d+/);
    expect(readdirSync(join(places, 'documents')).sort()).toEqual([
      'jauns-plans.docx',
      'report-violence-in-schools-2025.docx',
    ]);
    expect(extractedHash()).toBe(before);
  });
});
