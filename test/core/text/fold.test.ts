import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/core/text/fold.js';

describe('fold', () => {
  it('lower-cases and removes Latvian diacritics', () => {
    expect(fold('Ļoti Ņipri')).toBe('loti nipri');
    expect(fold('ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž')).toBe('acegiklnsuz acegiklnsuz');
  });

  it('treats decomposed input like precomposed input', () => {
    expect(fold('a\u0304tri')).toBe(fold('ātri'));
  });

  it('turns typographic spaces and quotes into their plain forms', () => {
    expect(fold('22\u00a0045\u202f225')).toBe('22 045 225');
    expect(fold('“Nedari pāri” „x” ‘y’ «z»')).toBe('"nedari pari" "x" \'y\' "z"');
  });

  it('removes soft hyphens and zero-width characters inside words', () => {
    expect(fold('bēr\u00adnu\u200b')).toBe('bernu');
  });

  it('keeps the length of Latvian text, which the stemmer relies on', () => {
    const latvian = fc.string({ unit: fc.constantFrom(...'aābcčdeēfgģhiījkķlļmnņoprsštuūvzžAĀČĒŠŽ -'.split('')) });
    fc.assert(fc.property(latvian, (s) => fold(s).length === s.length));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(fold(s)) === fold(s)));
  });
});
