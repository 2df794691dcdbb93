import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/core/text/fold.js';
import { isStopword, LATVIAN_STOPWORDS } from '../../../src/core/text/stopwords.js';

describe('stop words', () => {
  it('has the 161 distinct Latvian forms of the published list', () => {
    expect(new Set(LATVIAN_STOPWORDS).size).toBe(161);
  });

  it('knows Latvian function words, including ir, var, būs and tikai', () => {
    for (const word of ['un', 'ir', 'var', 'būs', 'tikai', 'pēc', 'kļūst', 'varēja']) {
      expect(isStopword(fold(word)), word).toBe(true);
    }
  });

  it('knows question words users start with, in Latvian and English', () => {
    for (const word of ['Kas', 'kāds', 'Kurš', 'cik', 'what', 'Who', 'is', 'the', 'for']) {
      expect(isStopword(fold(word)), word).toBe(true);
    }
  });

  it('keeps content words and the abbreviation ES', () => {
    for (const word of ['vardarbība', 'termiņš', 'measure', 'responsible', 'es', 'bērni']) {
      expect(isStopword(fold(word)), word).toBe(false);
    }
  });

  it('expects folded input', () => {
    expect(isStopword('bus')).toBe(true);
    expect(isStopword('būs')).toBe(false);
  });
});
