import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinEdits } from '../../../src/core/text/edit-distance.js';
import { MAX_TYPO_WORD, TypoIndex } from '../../../src/core/text/typo-index.js';

const brute = (words: readonly string[], word: string) =>
  [...new Set(words)].filter((w) => w.length <= MAX_TYPO_WORD && withinEdits(w, word, 1)).sort();

describe('TypoIndex', () => {
  const words = ['atbildīgs', 'atbildigs', 'termiņš', 'responsible', 'measure', 'guardian', 'ab', 'ba', 'a', 'x'];
  const index = new TypoIndex(words);

  it('finds each kind of single edit, the word itself included', () => {
    expect([...index.near('responsable')]).toEqual(['responsible']);
    expect([...index.near('mesure')]).toEqual(['measure']);
    expect([...index.near('guardain')]).toEqual(['guardian']);
    expect([...index.near('measures')]).toEqual(['measure']);
    expect([...index.near('atbildīgs')].sort()).toEqual(['atbildigs', 'atbildīgs']);
    expect([...index.near('ab')].sort()).toEqual(['a', 'ab', 'ba']);
  });

  it('finds nothing two edits away, for an empty word or one too long to be typed', () => {
    expect(index.near('resposable')).toEqual([]);
    expect(index.near('')).toEqual([]);
    expect(index.near('a'.repeat(MAX_TYPO_WORD + 1))).toEqual([]);
  });

  it('agrees with comparing against every word', () => {
    const letter = fc.constantFrom('a', 'b', 'c', 'ā', 'š', '𝔸');
    const word = fc.array(letter, { minLength: 0, maxLength: 7 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), word, (vocabulary, query) => {
        const typos = new TypoIndex(vocabulary);
        const expected =
          query.length === 0
            ? []
            : brute(
                vocabulary.filter((w) => w.length > 0),
                query,
              );
        expect([...typos.near(query)].sort()).toEqual(expected);
        // A second lookup is answered from the memo and must be the same.
        expect([...typos.near(query)].sort()).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
