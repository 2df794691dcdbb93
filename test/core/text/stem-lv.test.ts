import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/core/text/fold.js';
import { stemLv } from '../../../src/core/text/stem-lv.js';

const stem = (word: string) => stemLv(fold(word));

describe('stemLv', () => {
  // Lucene's TestLatvianStemmer vectors, both sides folded.
  const vectors: [string, string][] = [
    ['tēviem', 'tēv'],
    ['tēvos', 'tēv'],
    ['lāči', 'lāc'],
    ['lāčiem', 'lāc'],
    ['lācī', 'lāc'],
    ['akmeņi', 'akmen'],
    ['akmeņu', 'akmen'],
    ['akmenī', 'akmen'],
    ['kurmjiem', 'kurm'],
    ['lietū', 'liet'],
    ['lapām', 'lap'],
    ['lapai', 'lap'],
    ['egļu', 'egl'],
    ['eglēm', 'egl'],
    ['govju', 'gov'],
    ['govij', 'gov'],
    ['govīm', 'gov'],
    ['zilais', 'zil'],
    ['zilajiem', 'zil'],
    ['zilajām', 'zil'],
    ['zilo', 'zil'],
    ['krāšņu', 'krāsn'],
    ['zvaigžņu', 'zvaigzn'],
    ['kāpšļu', 'kāpsl'],
    ['zižļu', 'zizl'],
    ['viļņu', 'viln'],
    ['leļļu', 'lell'],
    ['piņņu', 'pinn'],
    ['rīkšu', 'rīkst'],
  ];
  it.each(vectors)('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(fold(expected));
  });

  it('brings forms with and without diacritics to the same stem', () => {
    const pairs = [
      ['atbildīgajām', 'atbildigajam'],
      ['termiņš', 'termins'],
      ['institūcijas', 'institucijai'],
      ['pusgadā', 'pusgada'],
    ];
    for (const [a = '', b = ''] of pairs) expect(stem(a), `${a} / ${b}`).toBe(stem(b));
  });

  it('leaves words it cannot shorten safely alone', () => {
    expect(stem('usa')).toBe('usa'); // too short
    expect(stem('60ms')).toBe('60ms'); // no vowel left
    expect(stem('vbtai')).toBe('vbta'); // why the analyzer never stems abbreviations
  });

  it('keeps at least three characters, and only shortens (or restores "kst")', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeijkmopsuv'.split('')), minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(word, (w) => {
        const s = stemLv(w);
        expect(s.length).toBeGreaterThanOrEqual(3);
        expect(w.startsWith(s) || (s.endsWith('kst') && w.startsWith(s.slice(0, -1)))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
