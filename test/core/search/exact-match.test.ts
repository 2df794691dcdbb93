/** Ids, abbreviations, phones and e-mails must find their item exactly, not by stem or by a near spelling. */
import { describe, expect, it } from 'vitest';
import { buildIndex, exactTerms } from '../../../src/core/search/build-index.js';
import { search } from '../../../src/core/search/search.js';
import type { SearchItem } from '../../../src/core/search/search-item.js';

function item(id: string, kind: SearchItem['kind'], title: string, body: string, exact: string[]): SearchItem {
  return { id, kind, title, body, exact, source: { document: 'plan', locator: id, line: 1, raw: body } };
}

// Texts copied from the seeds.
const ITEMS: SearchItem[] = [
  item('measure:4.4.5', 'measure', 'NPAIS izstrāde, testēšana un ieviešana', 'LM. IeM, VBTAI, IeM IC, VM', ['4.4.5']),
  item('measure:4.4.6', 'measure', 'Paplašināt institūciju loku, kas izmanto NPAIS', 'LM. VBTAI, LPS, IeM IC', [
    '4.4.6',
  ]),
  item('measure:4.4.5.1', 'measure', 'Izmaksas iekļautas 4.4.5.pasākumā', 'LM', ['4.4.5.1']),
  item('abbr:VBTAI', 'abbreviation', 'VBTAI', 'Valsts bērnu tiesību aizsardzības inspekcija', ['VBTAI']),
  item('abbr:IeM', 'abbreviation', 'IeM', 'Iekšlietu ministrija', ['IeM']),
  item('abbr:IeM IC', 'abbreviation', 'IeM IC', 'Iekšlietu ministrijas Informācijas centrs', ['IeM IC']),
  item('abbr:IeVP', 'abbreviation', 'IeVP', 'Ieslodzījumu vietu pārvalde', ['IeVP']),
  item('contact:116111', 'contact', 'Uzticības tālrunis', 'Bērnu un pusaudžu uzticības tālrunis 116111', ['116111']),
  item('contact:116123', 'contact', 'Emocionālā atbalsta tālrunis', 'Pieaugušo emocionālā atbalsta tālrunis', [
    '116123',
  ]),
  item('contact:email', 'contact', 'Uzticības tālruņa e-pasts', 'rakstot uzticibaspasts116111@bac.gov.lv', [
    'uzticibaspasts116111@bac.gov.lv',
  ]),
  item('contact:pasts', 'contact', 'BAC e-pasts', 'var rakstīt uz e-pastu pasts@bac.gov.lv', ['pasts@bac.gov.lv']),
  item('contact:berna-maja', 'contact', 'Bērna māja', 'Konsultatīvo atbalstu (tālr. +371 22405299)', ['+371 22405299']),
  item('contact:line', 'contact', 'Nedari pāri, izvēlies piezvanīt!', 'numurs: 22 045 225', ['22 045 225']),
  item('passage:vbtai', 'passage', '', 'Valsts bērnu tiesību aizsardzības inspekcija tika reorganizēta', []),
];

const index = buildIndex(ITEMS);
const ids = (query: string) => search(index, query).map((h) => h.item.id);

describe('exact matching', () => {
  it('normalises exact strings the way queries are normalised', () => {
    expect(exactTerms(['4.4.5.', 'IeM IC', '+371 22405299', 'VBTAI'])).toEqual([
      '4.4.5',
      'iem ic',
      '+37122405299',
      'vbtai',
    ]);
  });

  it('finds a measure by its id, with or without the trailing dot, and no neighbouring id', () => {
    for (const query of ['4.4.5', '4.4.5.', 'pasākums 4.4.5.']) {
      expect(ids(query)[0], query).toBe('measure:4.4.5');
      expect(ids(query), query).not.toContain('measure:4.4.6');
    }
  });

  it('finds an abbreviation typed in capitals or in lower case', () => {
    expect(ids('VBTAI')[0]).toBe('abbr:VBTAI');
    expect(ids('vbtai')[0]).toBe('abbr:VBTAI');
    expect(ids('Ko nozīmē IeVP?')[0]).toBe('abbr:IeVP');
  });

  it('tells IeM from IeM IC', () => {
    expect(ids('IeM IC')[0]).toBe('abbr:IeM IC');
    expect(ids('IeM')[0]).toBe('abbr:IeM');
  });

  it('finds helplines by number and never by a near number', () => {
    expect(ids('116111')[0]).toBe('contact:116111');
    expect(ids('116111')).not.toContain('contact:116123');
  });

  it('finds a phone number however it is spaced, with or without +371', () => {
    for (const query of ['22405299', '+37122405299', '+371 22405299', '22 405 299']) {
      expect(ids(query)[0], query).toBe('contact:berna-maja');
    }
    expect(ids('22045225')[0]).toBe('contact:line');
  });

  it('finds e-mail addresses whole', () => {
    expect(ids('uzticibaspasts116111@bac.gov.lv')[0]).toBe('contact:email');
    expect(ids('pasts@bac.gov.lv')[0]).toBe('contact:pasts');
  });

  it('does not match ids fuzzily or by prefix', () => {
    expect(ids('4.4.7')).toEqual([]);
    expect(ids('4.4')).toEqual([]);
  });
});
