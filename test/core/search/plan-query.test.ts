/** The query plan is where the work of a search is bounded and where typo tolerance is decided. */
import { describe, expect, it } from 'vitest';
import { MAX_EXTRA_TERMS, MAX_QUERY_CHARS, MAX_TEXT_TERMS, planQuery } from '../../../src/core/search/plan-query.js';

const plan = (text: string, extraTerms?: { term: string; boost?: number }[]) => planQuery({ text, extraTerms });
const fuzzy = (text: string) =>
  plan(text)
    .filter((t) => t.clauses.some((c) => c.fuzzy))
    .map((t) => t.key);

describe('planQuery', () => {
  it('caps the number of terms taken from the text, keeping the first ones', () => {
    // Consonant-only words: the stemmer leaves them alone, so every word is its own distinct term.
    const consonants = 'bcdfghklmnprt';
    const words = Array.from({ length: 100 }, (_, n) => `k${consonants[n % 13]}${consonants[Math.floor(n / 13)]}t`);
    const terms = plan(words.join(' '));
    expect(terms.map((t) => t.key)).toEqual(words.slice(0, MAX_TEXT_TERMS));
  });

  it('caps extra terms separately, so a long text cannot crowd out glossary terms', () => {
    const extras = Array.from({ length: 40 }, (_, n) => ({ term: `term${n}` }));
    const terms = plan('vardarbiba', extras);
    expect(terms.map((t) => t.key)).toEqual(['vardarbib', ...extras.slice(0, MAX_EXTRA_TERMS).map((e) => e.term)]);
  });

  it('reads no further than MAX_QUERY_CHARS', () => {
    const text = `${'a '.repeat(MAX_QUERY_CHARS / 2)} vardarbiba`;
    expect(plan(text)).toEqual([]);
  });

  it('allows one typo in words whose stem has five or more letters, never in short words or ids', () => {
    expect(fuzzy('vardarbiba lapas bērni 4.4.5 VBTAI')).toEqual(['vardarbib']);
  });

  it('looks a word up by its stem and, unstemmed, in the exact field (for abbreviations in lower case)', () => {
    const [term] = plan('vbtai');
    expect(term?.clauses.filter((c) => !c.fuzzy)).toEqual([
      { term: 'vbta', fields: ['title', 'body'], boost: 1, fuzzy: false },
      { term: 'vbtai', fields: ['exact', 'title', 'body'], boost: 1, fuzzy: false },
    ]);
  });

  it('looks Latvian phone numbers up with and without +371', () => {
    expect(plan('22405299')[0]?.clauses.map((c) => c.term)).toEqual(['22405299', '+37122405299']);
  });

  it('cleans extra terms: folded, deduplicated, no wildcards, sane boosts', () => {
    const terms = plan('', [
      { term: ' Atbildīg ', boost: 3 },
      { term: 'atbildig' },
      { term: 'x*' },
      { term: '' },
      { term: 'inst', boost: Number.NaN },
      { term: 'big', boost: 1e6 },
    ]);
    expect(terms.map((t) => [t.key, t.clauses[0]?.boost])).toEqual([
      ['atbildig', 3],
      ['inst', 1],
      ['big', 10],
    ]);
  });
});
