import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../../src/core/search/build-index.js';
import { buildIndex, serializeIndex } from '../../../src/core/search/build-index.js';
import { search } from '../../../src/core/search/search.js';
import type { SearchItem } from '../../../src/core/search/search-item.js';

const item = (id: string, body: string): SearchItem => ({
  id,
  kind: 'passage',
  title: '',
  body,
  exact: [],
  source: { document: 'groups', locator: id, line: 1, raw: body },
});

describe('buildIndex', () => {
  it('refuses duplicate ids, which would make results ambiguous', () => {
    expect(() => buildIndex([item('a', 'x'), item('a', 'y')])).toThrow(/duplicate search item id: a/);
  });

  it('breaks ties by id whatever the insertion order', () => {
    const body = 'Darba grupas vadītājs: VBTAI pārstāvis.';
    const forward = search(buildIndex([item('b', body), item('a', body), item('c', body)]), 'vadītājs');
    const backward = search(buildIndex([item('c', body), item('a', body), item('b', body)]), 'vadītājs');
    expect(forward.map((h) => h.item.id)).toEqual(['a', 'b', 'c']);
    expect(backward).toEqual(forward);
  });

  it('weighs an exact term fully even when almost no item has exact terms (field length averaged over items with it)', () => {
    const passages = Array.from({ length: 60 }, (_, n) => item(`p${n}`, `VBTAI pārstāvis ${n}`));
    const abbreviation: SearchItem = {
      ...item('abbr:VBTAI', 'Valsts bērnu tiesību aizsardzības inspekcija'),
      exact: ['VBTAI'],
    };
    expect(search(buildIndex([...passages, abbreviation]), 'VBTAI')[0]?.item.id).toBe('abbr:VBTAI');
  });

  it('finds a word one typo away and a long word by its beginning', () => {
    const index = buildIndex([
      item('a', 'atbildīgajām institūcijām'),
      item('b', 'pakalpojums'),
      item('c', 'īstenošana'),
    ]);
    expect(search(index, 'pakalpjums').map((h) => h.item.id)).toEqual(['b']);
    expect(search(index, 'pakalpjums')[0]?.matchedTerms).toEqual(['pakalpjum']);
    expect(search(index, 'īstenot').map((h) => h.item.id)).toEqual(['c']);
    expect(search(index, 'institucijam').map((h) => h.item.id)).toEqual(['a']);
  });

  it('ranks a title match above the same word in a body, and a rare word above a common one', () => {
    const titled: SearchItem = { ...item('z', 'cits teksts'), title: 'Pakalpojums' };
    const common = Array.from({ length: 5 }, (_, n) => item(`c${n}`, 'bērni un ģimene'));
    const index = buildIndex([item('a', 'pakalpojums'), titled, ...common, item('r', 'bērni un ģimene')]);
    expect(search(index, 'pakalpojums').map((h) => h.item.id)).toEqual(['z', 'a']);
    expect(search(index, 'pakalpojums ģimene')[0]?.item.id).toBe('z');
  });

  it('works on an empty item list', () => {
    expect(search(buildIndex([]), 'vardarbība')).toEqual([]);
  });

  it('rejects an index it did not build', () => {
    const fake: SearchIndex = { items: [] };
    expect(() => serializeIndex(fake)).toThrow(/not a search index/);
  });
});
