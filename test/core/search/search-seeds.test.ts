/**
 * Relevance on the real documents: every line of the five seeds is a passage, plus a few structured items copied
 * from them (measures, abbreviations, contacts), the way the knowledge layer will index them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../../src/core/knowledge/model.js';
import { buildIndex, loadIndex, serializeIndex } from '../../../src/core/search/build-index.js';
import { queryTerms, search } from '../../../src/core/search/search.js';
import type { SearchItem } from '../../../src/core/search/search-item.js';

const SEEDS: Record<DocumentId, string> = {
  plan: 'plan-2022-2025.txt',
  report: 'report-violence-in-schools-2025.txt',
  programme: 'state-programme-2026.txt',
  groups: 'working-groups.txt',
  bac: 'bac-information-for-municipalities.txt',
};

function seedPassages(): SearchItem[] {
  return Object.entries(SEEDS).flatMap(([document, file]) =>
    readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8')
      .split('\n')
      .flatMap((line, n) => {
        const body = line.trim();
        if (body.length < 20) return [];
        const source = { document: document as DocumentId, locator: `line ${n + 1}`, line: n + 1, raw: body };
        return [{ id: `${document}:${n + 1}`, kind: 'passage' as const, title: '', body, exact: [], source }];
      }),
  );
}

function item(id: string, kind: SearchItem['kind'], title: string, body: string, exact: string[]): SearchItem {
  return { id, kind, title, body, exact, source: { document: 'plan', locator: id, line: 1, raw: body } };
}

const STRUCTURED: SearchItem[] = [
  item(
    'measure:3.1.1',
    'measure',
    'Ieviest bezmaksas ģimenes psihoterapijas pakalpojumu ģimenēm ar bērniem, tostarp, lai veicinātu strīdu risināšanas kultūru ģimenes strīdos',
    'Nodrošināts ģimenes psihoterapijas pakalpojums ģimenēm ar bērniem. 377 ģimenes. LM. VBTAI, NVO. No 2022.gada 1.pusgada līdz 2023. gada 2.pusgadam (esošā ESF projekta ietvaros)',
    ['3.1.1'],
  ),
  item(
    'measure:4.4.5',
    'measure',
    'NPAIS izstrāde, testēšana un ieviešana',
    'NPAIS programmatūras izmaiņu procesu apraksta koncepcija. NPAIS programmatūras izmaiņas ieviestas produkcijas vidē. LM. IeM, VBTAI, IeM IC, VM, NVD, NVO. No 2024.gada2.pusgada',
    ['4.4.5'],
  ),
  item(
    'measure:4.4.6',
    'measure',
    'Paplašināt institūciju loku, kas ikdienas darbā izmanto NPAIS',
    'Normatīvo aktu grozījumi. LM. Visas nozaru ministrijas, pašvaldības, VBTAI, LPS, IeM IC. 2024.gada 2.pusgads',
    ['4.4.6'],
  ),
  item('abbr:VBTAI', 'abbreviation', 'VBTAI', 'Valsts bērnu tiesību aizsardzības inspekcija', ['VBTAI']),
  item('abbr:IeM', 'abbreviation', 'IeM', 'Iekšlietu ministrija', ['IeM']),
  item('abbr:IeM IC', 'abbreviation', 'IeM IC', 'Iekšlietu ministrijas Informācijas centrs', ['IeM IC']),
  item('abbr:JSPA', 'abbreviation', 'JSPA', 'Jaunatnes starptautisko programmu aģentūra', ['JSPA']),
  item(
    'contact:116111',
    'contact',
    'Bērnu un pusaudžu uzticības tālrunis',
    'Uzticības tālrunis ir bez maksas un strādā visu diennakti; rakstot uzticibaspasts116111@bac.gov.lv.',
    ['116111', 'uzticibaspasts116111@bac.gov.lv'],
  ),
  item('contact:berna-maja', 'contact', 'Bērna māja', 'Konsultatīvo atbalstu (tālr. +371 22405299)', ['+371 22405299']),
];

const index = buildIndex([...seedPassages(), ...STRUCTURED]);
const top = (query: Parameters<typeof search>[1]) => search(index, query)[0]?.item.id;

describe('relevance on the seeds', () => {
  it.each([
    // The only line naming this BAC unit; other lines share just "nodaļa".
    ['Vardarbības intervences nodaļa', 'bac:33'],
    // The same without diacritics: both sides are folded before stemming.
    ['vardarbibas intervences nodala', 'bac:33'],
    // One typo ("vardarbbas"): words of five or more letters also match one edit away.
    ['vardarbbas intervences nodala', 'bac:33'],
    // The measure's own title carries every word, and titles weigh more than passages' bodies.
    ['bezmaksas ģimenes psihoterapijas pakalpojums', 'measure:3.1.1'],
    // Typo "psihoterapjas" and no diacritics.
    ['bezmaksas gimenes psihoterapjas pakalpojums', 'measure:3.1.1'],
    // Only bac:31 says the crisis team travels out ("izbrauc"); programme lines name the team without it.
    ['krizes intervences komanda izbrauc', 'bac:31'],
    // A member organisation listed once in the working groups.
    ['Zvannieku mājas', 'groups:221'],
    // The report's heading line for this activity is short and has all three words.
    ['Speciālistu telefona konsultācijas', 'report:143'],
    // Inflected differently from the title ("izstrādi", "ieviešanu"): the stems meet.
    ['Kas atbild par NPAIS izstrādi un ieviešanu?', 'measure:4.4.5'],
  ])('%s → %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it('finds a Latvian passage for an English question through glossary stems', () => {
    const hits = search(index, {
      text: 'Which crisis intervention team goes out to schools?',
      extraTerms: [{ term: 'kriz' }, { term: 'intervenc' }, { term: 'komand', boost: 2 }],
    });
    expect(hits[0]?.item.body).toMatch(/Krīzes intervences\s+komand/);
    expect(hits[0]?.matchedTerms).toEqual(expect.arrayContaining(['kriz', 'intervenc', 'komand']));
  });

  it('reports which query terms each hit contains', () => {
    const hits = search(index, 'vardarbbas intervences nodala');
    expect(queryTerms('vardarbbas intervences nodala')).toEqual(['vardarbb', 'intervenc', 'nodal']);
    expect(hits[0]?.matchedTerms).toEqual(['vardarbb', 'intervenc', 'nodal']);
    expect(hits.find((h) => h.item.id === 'bac:28')?.matchedTerms).toEqual(['nodal']);
  });

  it('keeps only the kinds asked for', () => {
    const hits = search(index, { text: 'VBTAI', kinds: ['abbreviation', 'measure'], limit: 50 });
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.every((h) => h.item.kind === 'abbreviation' || h.item.kind === 'measure')).toBe(true);
    expect(hits[0]?.item.id).toBe('abbr:VBTAI');
  });

  it('ranks by score, then by id, and respects the limit', () => {
    const hits = search(index, { text: 'bērnu tiesību aizsardzība', limit: 25 });
    expect(hits).toHaveLength(25);
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1], hits[i]];
      if (!a || !b) continue;
      expect(a.score > b.score || (a.score === b.score && a.item.id < b.item.id)).toBe(true);
    }
  });
});

describe('serialisation', () => {
  const queries = [
    'Vardarbības intervences nodaļa',
    'vardarbbas intervences nodala',
    '4.4.5.',
    'vbtai',
    'IeM IC',
    '116111',
    '22405299',
    'Zālīte-Grosa',
    'bērnu tiesību aizsardzība',
  ];

  it('gives identical results after serialise and load', () => {
    const loaded = loadIndex(serializeIndex(index), index.items);
    expect(loaded.items).toEqual(index.items);
    for (const query of queries)
      expect(search(loaded, { text: query, limit: 30 })).toEqual(search(index, { text: query, limit: 30 }));
  });

  it('refuses a file written for other items: a stale index must not answer', () => {
    const json = serializeIndex(index);
    expect(() => loadIndex(json, index.items.slice(1))).toThrow(/stale/);
    const edited = index.items.map((item, n) => (n === 0 ? { ...item, body: `${item.body} x` } : item));
    expect(() => loadIndex(json, edited)).toThrow(/stale/);
  });

  it('rejects what it did not write', () => {
    expect(() => loadIndex('{}', index.items)).toThrow();
    expect(() => loadIndex('not json', index.items)).toThrow();
    const json = JSON.parse(serializeIndex(index)) as { format: string; gaps: number[] };
    expect(() => loadIndex(JSON.stringify({ ...json, format: 'other/1' }), index.items)).toThrow();
    expect(() => loadIndex(JSON.stringify({ ...json, gaps: json.gaps.slice(1) }), index.items)).toThrow();
    expect(() => loadIndex(JSON.stringify({ ...json, gaps: json.gaps.map(() => -1) }), index.items)).toThrow();
  });
});
