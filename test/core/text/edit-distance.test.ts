import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, withinEdits } from '../../../src/core/text/edit-distance.js';
import { fold } from '../../../src/core/text/fold.js';

/** Full-table optimal string alignment distance, the obviously-correct version to compare against. */
function reference(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const d = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const cell = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, cell(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return cell(s.length, t.length);
}

describe('damerauLevenshtein', () => {
  it('finds the typos users make', () => {
    expect(damerauLevenshtein('responsable', 'responsible', 2)).toBe(1);
    expect(damerauLevenshtein('mesure', 'measure', 2)).toBe(1);
    expect(damerauLevenshtein('atbildigs', 'atbildīgs', 2)).toBe(1);
    expect(damerauLevenshtein(fold('atbildigs'), fold('atbildīgs'), 2)).toBe(0);
    expect(damerauLevenshtein('termnis', 'termins', 1)).toBe(1); // a swap is one edit
  });

  it('stops at max + 1', () => {
    expect(damerauLevenshtein('vardarbiba', 'pakalpojums', 2)).toBe(3);
    expect(damerauLevenshtein('a', 'abcdef', 1)).toBe(2);
    expect(withinEdits('vbtai', 'vbtia', 1)).toBe(true);
    expect(withinEdits('vbtai', 'ievp', 1)).toBe(false);
  });

  it('counts a letter outside the BMP once', () => {
    expect(damerauLevenshtein('a😀b', 'ab', 1)).toBe(1);
  });

  it('agrees with the full-table distance, capped at max + 1', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ā', '😀'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(damerauLevenshtein(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
      { numRuns: 5000 },
    );
  });

  it('decides "within one edit" as the full table does, without it for plain text', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ā', '😀'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinEdits(a, b, 1)).toBe(reference(a, b) <= 1);
        expect(withinEdits(a, b, 0)).toBe(a === b);
      }),
      { numRuns: 5000 },
    );
  });
});
