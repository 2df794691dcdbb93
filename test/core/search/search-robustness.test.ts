/** search() takes whatever a chat user types: it must never throw and never return more than asked. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/search/build-index.js';
import { queryTerms, search } from '../../../src/core/search/search.js';
import type { SearchItem } from '../../../src/core/search/search-item.js';

const BODIES = [
  'Vardarbības intervences nodaļa realizē pasākumus, sniedzot atbalstu izglītības iestādēm',
  'Krīzes intervences komanda sniedz psiholoģisko atbalstu krīzē nonākušiem bērniem',
  'NPAIS izstrāde, testēšana un ieviešana 4.4.5. IeM IC, VBTAI',
  'Uzticības tālrunis 116111, rakstot uzticibaspasts116111@bac.gov.lv',
  'Konsultatīvo atbalstu (tālr. +371 22405299) https://www.bac.gov.lv/lv',
  'ESF Plus projekts Nr. 4.3.6.5/1/24/I/001 “Atbalsta pasākumi bērniem”',
  'a: b~ c^ d+ -e *f "g" title:body body:4.4.5: C:\\temp',
];
const ITEMS: SearchItem[] = BODIES.map((body, n) => ({
  id: `item:${n}`,
  kind: n % 2 === 0 ? 'passage' : 'measure',
  title: body.slice(0, 20),
  body,
  exact: n === 2 ? ['4.4.5', 'IeM IC'] : [],
  source: { document: 'bac', locator: `line ${n + 1}`, line: n + 1, raw: body },
}));
const index = buildIndex(ITEMS);

/** Pieces a hostile or careless query is made of: lunr syntax, control characters, any code point. */
const piece = fc.oneof(
  fc.constantFrom(':', '~', '^', '+', '-', '*', '"', '\\', '~1', '^10', 'title:', 'body:', '+4.4.5', '-vbtai', '*sij*'),
  fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u200b', '\u00ad', '\ud800', '\udfff', '\n', '\t', ' '),
  fc.constantFrom('4.4.5.', 'VBTAI', 'vardarbbas', 'intervences', '116111', '+371 22', 'https://', '@bac.gov.lv'),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  fc.string({ unit: 'binary-ascii', maxLength: 4 }),
);
const shortText = fc.string({ unit: piece, maxLength: 30 });
/** About one run in a thousand is a 50 KB text, built by repeating a random piece. */
const longText = fc
  .string({ unit: piece, minLength: 1, maxLength: 8 })
  .map((s) => s.repeat(Math.ceil(50_000 / Math.max(1, s.length))));
const text = fc.oneof({ weight: 999, arbitrary: shortText }, { weight: 1, arbitrary: longText });
const limit = fc.option(fc.oneof(fc.integer({ min: -3, max: 12 }), fc.constantFrom(Number.NaN, 1e9, 0.5)), {
  nil: undefined,
});

describe('search robustness', () => {
  it('never throws on 10 000 random queries and returns at most `limit` hits, well ordered', () => {
    fc.assert(
      fc.property(text, limit, fc.boolean(), (query, max, asString) => {
        const hits = asString ? search(index, query) : search(index, { text: query, limit: max });
        const cap = asString || max === undefined || Number.isNaN(max) ? 10 : Math.max(0, Math.floor(max));
        expect(hits.length).toBeLessThanOrEqual(cap);
        const terms = new Set(queryTerms(query));
        for (const [n, hit] of hits.entries()) {
          expect(hit.matchedTerms.every((t) => terms.has(t))).toBe(true);
          const next = hits[n + 1];
          if (next)
            expect(hit.score > next.score || (hit.score === next.score && hit.item.id < next.item.id)).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('survives 50 KB texts made for worst cases', () => {
    const size = 50_000;
    const texts = ['a', 'ā', '4.', 'vardarbbas ', 'x~1 ', '*', ':', '2 ', 'IeM ', '@.', 'https://a'].map((unit) =>
      unit.repeat(Math.ceil(size / unit.length)),
    );
    for (const query of texts) expect(search(index, { text: query, limit: 5 }).length).toBeLessThanOrEqual(5);
  });

  it('treats lunr syntax as plain text', () => {
    expect(search(index, 'title:intervences')[0]?.item.id).toBeDefined();
    expect(search(index, '-')).toEqual([]);
    expect(search(index, '4.4.5:')[0]?.item.id).toBe('item:2');
  });

  it('ignores extra terms that lunr would read as a wildcard', () => {
    expect(search(index, { text: '', extraTerms: [{ term: '*' }, { term: 'interv*' }] })).toEqual([]);
  });
});
