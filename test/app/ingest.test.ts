import { describe, expect, it } from 'vitest';
import { readCuratedInstitutions, readSeeds } from '../../src/adapters/files/knowledge-files.js';
import { SEEDS_DIR } from '../../src/adapters/files/paths.js';
import { ingestSeeds } from '../../src/app/ingest.js';

const seeds = readSeeds(SEEDS_DIR);
const institutions = readCuratedInstitutions();

describe('ingestSeeds', () => {
  it('names an unknown file and still ingests the others', () => {
    const result = ingestSeeds([...seeds, { name: 'minutes-2026-03.txt', text: 'Protokols' }], institutions);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.file).toBe('minutes-2026-03.txt');
    expect(result.errors[0]?.message).toMatch(/unknown document/);
    expect(result.extracts).toHaveLength(5);
  });

  it('names a malformed document and still ingests the others', () => {
    const broken = seeds.map((s) => (s.name === 'plan-2022-2025.txt' ? { ...s, text: 'tikai virsraksts\n' } : s));
    const result = ingestSeeds(broken, institutions);
    expect(result.errors.map((e) => e.file)).toEqual(['plan-2022-2025.txt']);
    expect(result.extracts.map((e) => e.document.id)).toEqual(['report', 'programme', 'groups', 'bac']);
    expect(result.knowledge.measures).toHaveLength(0);
    expect(result.knowledge.reportTasks).toHaveLength(13);
  });

  it('resolves parties to the registry and warns about undefined abbreviations', () => {
    const { knowledge } = ingestSeeds(seeds, institutions);
    const m216 = knowledge.measures.find((m) => m.id === '2.1.6');
    expect(m216?.coResponsible.map((p) => p.institution)).toEqual(['VPD', 'RPNC', 'NVD', 'LM', 'VBTAI']);
    const rpnc = knowledge.warnings.filter((w) => w.kind === 'unknown-abbreviation' && w.message.startsWith('RPNC'));
    expect(rpnc).toHaveLength(1);
    expect(rpnc[0]?.message).toContain('measure 2.1.6');
    const bac = knowledge.abbreviations.find((a) => a.abbr === 'BAC');
    expect(bac).toMatchObject({
      name: 'Bērnu aizsardzības centru',
      nominative: 'Bērnu aizsardzības centrs',
      institution: 'BAC',
    });
    expect(knowledge.events[0]).toMatchObject({
      from: { institution: 'VBTAI' },
      to: { institution: 'BAC' },
      date: '2024-01-01',
    });
    const group1 = knowledge.groups.find((g) => g.id === '1');
    expect(group1?.leader?.institution?.institution).toBe('LM');
    expect(knowledge.activities.find((a) => a.id === '2.1.4')?.runBy.institution).toBe('BAC');
    expect(knowledge.reportTasks.find((t) => t.number === 12)?.responsible.map((p) => p.institution)).toEqual(['BAC']);
  });

  it('finds contacts in the running text of every document', () => {
    const { knowledge } = ingestSeeds(seeds, institutions);
    const values = new Set(knowledge.contacts.map((c) => c.value));
    for (const v of ['116111', '80006008', '+37122405299', '22045225', 'uzticibaspasts116111@bac.gov.lv']) {
      expect(values.has(v), v).toBe(true);
    }
  });
});
