/**
 * The generic extraction on the plan, as if it were a document of no known kind: the plan seed rebuilt as a Word
 * document whose measure table has real rows, and read with no knowledge of the plan. Every numbered measure the
 * plan parser finds must come back with the same responsible institutions and the same deadline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCuratedInstitutions, readExtracts } from '../../../../src/adapters/files/knowledge-files.js';
import { SEEDS_DIR } from '../../../../src/adapters/files/paths.js';
import { readDocument } from '../../../../src/adapters/files/read-document.js';
import { readTableHeaders } from '../../../../src/adapters/files/table-headers-file.js';
import { extractGeneric } from '../../../../src/core/documents/generic/extract-generic.js';
import { GenericExtractSchema } from '../../../../src/core/documents/generic/generic-schema.js';
import type { Measure } from '../../../../src/core/knowledge/model.js';
import { type SeedLayout, seedDocx, titleLikeHeading } from '../../../adapters/files/seed-docx.js';

/**
 * The seed's table starts mid-way, so its first header row is lost; the document repeats the same header before
 * every action direction (line 409 of the seed), and that is the header the rebuilt table starts with. Rows start
 * where a measure number, a task, a direction or its policy results stand, as they do in the original.
 */
const HEADER = [
  'Nr. p. k.',
  'Pasākums',
  'Darbības rezultāts',
  'Rezultatīvais rādītājs',
  'Atbildīgā institūcija',
  'Līdzatbildīgās institūcijas',
  'Izpildes termiņš (ar precizitāti līdz pusgadam)',
];
const ROW_START = [
  /^\d+\.\d+\.\d+\.?$/,
  /^\d+\.\d+\.\s+\S/,
  /^\d\. Rīcības virziens/,
  /^Politikas rezultāts\/-i/,
  /^Nr\. p\./,
];

function planLayout(): SeedLayout {
  let started = false;
  return {
    heading: titleLikeHeading,
    header: HEADER,
    tableToEnd: true,
    row: (cell) => {
      const text = cell.replace(/\u00a0/g, ' ').trim();
      if (!started && text.startsWith('Incredible years vecākiem adaptēšana')) {
        started = true;
        return 'table';
      }
      return started && ROW_START.some((re) => re.test(text)) ? 'row' : undefined;
    },
  };
}

const owners = (parties: { name: string; institution?: string | undefined }[]) =>
  parties.map((p) => p.institution ?? p.name);
const period = (d: Measure['deadline'] | undefined) => d && { kind: d.kind, start: d.start, end: d.end, unit: d.unit };

describe('generic extraction of the plan as a document of no known kind', async () => {
  const seed = readFileSync(join(SEEDS_DIR, 'plan-2022-2025.txt'), 'utf8');
  const doc = await readDocument('jauns-dokuments.docx', await seedDocx(seed, planLayout()));
  const generic = extractGeneric(doc, readCuratedInstitutions(), readTableHeaders());
  const plan = readExtracts().find((e) => e.document.id === 'plan');
  const numbered = plan?.measures.filter((m) => m.id !== null) ?? [];

  it('is a valid generic extract that names the columns from the header words', () => {
    expect(GenericExtractSchema.parse(generic)).toEqual(generic);
    const table = generic.tables.find((t) => t.items > 0);
    expect(table?.columns.map((c) => c.field)).toEqual([
      'number',
      'measure',
      'result',
      'indicator',
      'responsible',
      'coResponsible',
      'deadline',
    ]);
  });

  it('recovers every numbered measure with its responsible institutions and deadline', () => {
    expect(numbered.length).toBe(92);
    const missing: string[] = [];
    for (const measure of numbered) {
      const item = generic.items.find((i) => i.id === measure.id);
      if (!item) {
        missing.push(`${measure.id}: not found`);
        continue;
      }
      expect(item.locator).toBe(`measure ${measure.id}`);
      expect(item.number?.replace(/\s/g, '')).toBe(`${measure.id}.`);
      expect({ id: item.id, owners: owners(item.responsible), deadline: period(item.deadline) }).toEqual({
        id: measure.id,
        owners: owners(measure.responsible),
        deadline: period(measure.deadline),
      });
      expect(owners(item.coResponsible)).toEqual(owners(measure.coResponsible));
    }
    expect(missing).toEqual([]);
  });

  it('puts each measure under its direction and task, and reads the abbreviation list', () => {
    const item = generic.items.find((i) => i.id === '2.1.1');
    expect(item?.section.at(-2)).toMatch(/^2\. Rīcības virziens Visa veida vardarbības izskaušana/);
    expect(item?.section.at(-1)).toMatch(/^2\.1\. Īstenoti izglītojošie pasākumi/);
    expect(generic.abbreviations.length).toBe(plan?.abbreviations.length);
    expect(generic.abbreviations.find((a) => a.abbr === 'JSPA')).toMatchObject({ institution: 'JSPA' });
    expect(generic.passages.length).toBeGreaterThan(20);
  });

  it('reports what it cannot read instead of guessing', () => {
    const unreadable = generic.warnings.filter((w) => w.kind === 'unreadable-deadline').map((w) => w.locator);
    const planUnknown = numbered.filter((m) => m.deadline.kind === 'unknown').map((m) => `measure ${m.id}`);
    expect(unreadable).toEqual(expect.arrayContaining(planUnknown));
  });
});
