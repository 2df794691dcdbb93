/**
 * The five seeds as .docx files give the same knowledge as their .txt conversions. Each seed is rebuilt as a
 * Word document (paragraphs, headings, bullets, tables, real footnotes), read back through mammoth and ingested
 * through the known parsers; the result is compared with knowledge/extracted/ field by field.
 *
 * What the .txt conversion has and a .docx cannot: `[bookmark: …]` and `[image: …]` markers (a bookmark or an
 * image carries no text), footnote bodies written inline where the converter met them (a .docx keeps them apart,
 * and they come back at the end of the paragraph that refers to them), and blanks before a cell's tab. The parsers
 * already remove or squash all three, so no field may differ.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCuratedInstitutions, readExtracts } from '../../../src/adapters/files/knowledge-files.js';
import { SEEDS_DIR } from '../../../src/adapters/files/paths.js';
import { type DocumentFile, readDocument } from '../../../src/adapters/files/read-document.js';
import { ingestSeeds } from '../../../src/app/ingest.js';
import { DOCUMENTS } from '../../../src/core/documents/catalogue.js';
import type { Block } from '../../../src/core/documents/generic/blocks.js';
import { titleLikeHeading as heading, seedDocx } from './seed-docx.js';

/** Every field where two values differ, by path. */
function differences(a: unknown, b: unknown, path: string): string[] {
  if (
    a === null ||
    b === null ||
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    Array.isArray(a) !== Array.isArray(b)
  ) {
    return Object.is(a, b) ? [] : [`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) =>
    differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`),
  );
}

function count(blocks: Block[], kind: Block['kind']): number {
  return blocks.reduce(
    (n, b) =>
      n +
      (b.kind === kind ? 1 : 0) +
      (b.kind === 'table' ? b.rows.reduce((m, r) => m + r.cells.reduce((k, c) => k + count(c.blocks, kind), 0), 0) : 0),
    0,
  );
}

describe('the five seeds as .docx', async () => {
  const docs = new Map<string, DocumentFile>();
  for (const info of Object.values(DOCUMENTS)) {
    const seed = readFileSync(join(SEEDS_DIR, info.file), 'utf8');
    const bytes = await seedDocx(seed, { heading }, info.title.lv);
    docs.set(info.id, await readDocument(info.file.replace(/\.txt$/, '.docx'), bytes));
  }
  const files = Object.values(DOCUMENTS).map((info) => ({ name: info.file, text: docs.get(info.id)?.text ?? '' }));
  const result = ingestSeeds(files, readCuratedInstitutions());
  const committed = readExtracts();

  it('are real Word documents: headings, tables, bullets and footnotes, no conversion markers', () => {
    const plan = docs.get('plan') as DocumentFile;
    const rows = plan.blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length : 0), 0);
    expect(count(plan.blocks, 'table')).toBeGreaterThan(1);
    expect(rows).toBeGreaterThan(100);
    const headings = [...docs.values()].reduce((n, d) => n + count(d.blocks, 'heading'), 0);
    expect(headings).toBeGreaterThan(20);
    expect(count(docs.get('bac')?.blocks ?? [], 'item')).toBeGreaterThan(20);
    expect(plan.title).toBe(DOCUMENTS.plan.title.lv);
    for (const doc of docs.values()) expect(doc.text).not.toMatch(/\[(?:bookmark|image):/);
    // 39 footnotes in the plan, each a real footnote that comes back as its reference and body.
    expect(plan.text.match(/\[footnoteRef:\d+\]/g)).toHaveLength(39);
  });

  it('ingest without errors', () => {
    expect(result.errors).toEqual([]);
  });

  it.each(Object.keys(DOCUMENTS))('%s: every field equals knowledge/extracted/', (id) => {
    const fromDocx = result.extracts.find((e) => e.document.id === id);
    const fromTxt = committed.find((e) => e.document.id === id);
    expect(fromDocx).toBeDefined();
    expect(differences(fromDocx, fromTxt, id)).toEqual([]);
  });
});
