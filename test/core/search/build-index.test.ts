import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../../src/core/search/build-index.js';
import { buildIndex, engineOf, serializeIndex } from '../../../src/core/search/build-index.js';
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

  it('runs the Latvian analyzer for a raw lunr clause that uses the search pipeline', () => {
    const index = buildIndex([item('a', 'atbildīgajām institūcijām'), item('b', 'pakalpojums')]);
    const results = engineOf(index).lunr.query((q) => q.term('Atbildigajam', {}));
    expect(results.map((r) => r.ref)).toEqual(['a']);
  });

  it('works on an empty item list', () => {
    expect(search(buildIndex([]), 'vardarbība')).toEqual([]);
  });

  it('rejects an index it did not build', () => {
    const fake: SearchIndex = { items: [] };
    expect(() => serializeIndex(fake)).toThrow(/not a search index/);
  });
});
