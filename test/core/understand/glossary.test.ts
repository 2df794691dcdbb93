import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeTerms } from '../../../src/core/text/analyze.js';
import {
  FUZZY_FACTOR,
  GLOSSARY_BOOST,
  Glossary,
  type GlossaryData,
  GlossarySchema,
  MAX_GLOSSARY_TERMS,
} from '../../../src/core/understand/glossary.js';
import { englishTokens, normalizeEnglishWord } from '../../../src/core/understand/glossary-english.js';
import type { Translator } from '../../../src/core/understand/understand.js';

const SEEDS = [
  'plan-2022-2025.txt',
  'report-violence-in-schools-2025.txt',
  'state-programme-2026.txt',
  'working-groups.txt',
  'bac-information-for-municipalities.txt',
];

/** Markers the .docx conversion left in the text ("[bookmark: _Hlk93440041]", "[footnoteRef:1]"): not vocabulary. */
const CONVERSION_MARKUP = /\[(?:bookmark|image):[^\]]*\]|\[footnoteRef:\d+\]/gu;

const seedText = SEEDS.map((file) =>
  readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8').replace(CONVERSION_MARKUP, ' '),
).join('\n');
const rawJson: unknown = JSON.parse(
  readFileSync(new URL('../../../knowledge/curated/glossary.json', import.meta.url), 'utf8'),
);
const data: GlossaryData = GlossarySchema.parse(rawJson);
const glossary = new Glossary(data);
/** The engine takes the glossary as its Translator; this line stops compiling if the two drift apart. */
const asTranslator: Translator = glossary;

const documentTerms = new Set(analyze(seedText));
const translations = data.entries.filter((entry) => entry.en.length > 0);
const synonymGroups = data.entries.filter((entry) => entry.en.length === 0);

function termsOf(text: string): string[] {
  return glossary.translate(text).map((t) => t.term);
}

function occursInDocuments(latvian: string): boolean {
  const terms = analyze(latvian);
  return terms.length > 0 && terms.every((term) => documentTerms.has(term));
}

/** Content words by frequency: analysed words of 4+ letters that are words, not numbers or ids. */
function mostFrequentContentTerms(count: number): string[] {
  const frequency = new Map<string, number>();
  for (const { term, kind } of analyzeTerms(seedText)) {
    if (kind !== 'word' || term.length < 4 || /\d/u.test(term)) continue;
    frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  return [...frequency]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([term]) => term);
}

describe('glossary.json', () => {
  it('validates against the schema', () => {
    expect(GlossarySchema.safeParse(rawJson).success).toBe(true);
  });

  it('has several hundred entries, each with words on both sides or a Latvian synonym group', () => {
    expect(translations.length).toBeGreaterThanOrEqual(600);
    expect(synonymGroups.length).toBeGreaterThanOrEqual(20);
    const blank = data.entries.flatMap((e) => [...e.en, ...e.lv]).filter((w) => w.trim() !== w || w === '');
    expect(blank).toEqual([]);
    expect(synonymGroups.filter((group) => group.lv.length < 2)).toEqual([]);
  });

  it('writes English keys in lower case, and no key is only English stop words', () => {
    const keys = translations.flatMap((entry) => entry.en);
    expect(keys.filter((key) => key !== key.toLowerCase())).toEqual([]);
    const stopOnly = keys.filter((key) => englishTokens(key).every((token) => token.stop));
    expect(stopOnly).toEqual([]);
  });

  // The rule: after normalisation, an English key belongs to exactly one entry. A word with several senses
  // ("care", "service") lists all its Latvian renderings in that one entry instead of appearing twice.
  it('gives each normalised English key to exactly one entry', () => {
    const owner = new Map<string, number>();
    const clashes: string[] = [];
    data.entries.forEach((entry, index) => {
      for (const key of entry.en) {
        const norm = englishTokens(key)
          .map((t) => t.norm)
          .join(' ');
        const first = owner.get(norm);
        if (first !== undefined && first !== index) clashes.push(`"${key}" in entries ${first} and ${index}`);
        owner.set(norm, index);
      }
    });
    expect(clashes, clashes.join('\n')).toEqual([]);
  });

  it('translates only into words the documents use', () => {
    const missing = translations.flatMap((entry) => entry.lv.filter((lv) => !occursInDocuments(lv)));
    expect(missing, `not in the seeds after analysis: ${missing.join(', ')}`).toEqual([]);
  });

  it('has in each Latvian synonym group at least one word the documents use', () => {
    const unused = synonymGroups.filter((group) => !group.lv.some(occursInDocuments));
    expect(unused.map((group) => group.lv.join(' / '))).toEqual([]);
  });

  it('reaches at least 85% of the 400 most frequent content terms of the documents', () => {
    const reachable = new Set(data.entries.flatMap((entry) => entry.lv.flatMap((lv) => analyze(lv))));
    const top = mostFrequentContentTerms(400);
    const uncovered = top.filter((term) => !reachable.has(term));
    const coverage = 1 - uncovered.length / top.length;
    expect(coverage, `uncovered: ${uncovered.join(' ')}`).toBeGreaterThanOrEqual(0.85);
  });
});

describe('Glossary.translate', () => {
  it('finds the Latvian words of an English question about a measure', () => {
    const terms = termsOf('Who is responsible for the measure on violence prevention in schools?');
    expect(terms).toEqual(expect.arrayContaining([...analyze('vardarbība'), ...analyze('izglītības iestāde')]));
    expect(terms.some((t) => analyze('prevence novēršana').includes(t))).toBe(true);
    expect(terms).toEqual(expect.arrayContaining([...analyze('atbildīgs'), ...analyze('pasākums')]));
  });

  it('reads possessives and plurals of phrases', () => {
    expect(termsOf("orphan's courts")).toEqual(analyze('bāriņtiesa'));
    expect(termsOf('Orphans’ Court')).toEqual(analyze('bāriņtiesa'));
    expect(termsOf('the orphan’s court')).toEqual(analyze('bāriņtiesa'));
  });

  it('translates a helpline e-mail', () => {
    const terms = termsOf('helpline e-mail');
    expect(terms).toEqual(expect.arrayContaining(analyze('uzticības tālrunis')));
    expect(terms.some((t) => analyze('e-pasts').includes(t))).toBe(true);
  });

  it('forgives one typo in words of six or more letters, at a lower boost', () => {
    expect(termsOf('guardain')).toEqual(analyze('aizbildnis'));
    expect(termsOf('responsable')).toEqual(analyze('atbildīgs'));
    const [typo] = glossary.translate('guardain');
    expect(typo?.boost).toBe(GLOSSARY_BOOST.englishWord * FUZZY_FACTOR);
    expect(typo?.source).toBe('guardain');
  });

  it('does not guess at short words', () => {
    expect(termsOf('cure')).toEqual([]);
  });

  it('prefers the longest phrase and boosts phrases over single words', () => {
    const phrase = glossary.translate('foster family');
    expect(phrase.map((t) => t.term)).toContain(analyze('audžuģimene')[0]);
    expect(phrase.every((t) => t.boost === GLOSSARY_BOOST.englishPhrase && t.source === 'foster family')).toBe(true);
    const word = glossary.translate('family');
    expect(word).toEqual([{ term: analyze('ģimene')[0], source: 'family', boost: GLOSSARY_BOOST.englishWord }]);
  });

  it('normalises English spelling variants and inflections', () => {
    expect(termsOf('programs')).toEqual(termsOf('programme'));
    expect(termsOf('centers')).toEqual(termsOf('centre'));
    expect(termsOf('deadlines')).toEqual(analyze('termiņš izpildes termiņš').filter((t, i, a) => a.indexOf(t) === i));
  });

  it('expands Latvian synonyms by their stems', () => {
    expect(termsOf('bērnunamā')).toEqual(expect.arrayContaining(analyze('bērnu aprūpes iestāde')));
    expect(termsOf('palīdzības tālrunis')).toEqual(expect.arrayContaining(analyze('uzticības tālrunis')));
    const [skola] = glossary.translate('skolā');
    expect(skola).toMatchObject({ source: 'skolā', boost: GLOSSARY_BOOST.latvianWord });
    expect(termsOf('skolā')).toEqual(expect.arrayContaining(analyze('izglītības iestāde')));
  });

  it('never reads a word with Latvian letters as English', () => {
    // "plāns" folds to "plans", an English plural of "plan"; its diacritic says it is Latvian.
    expect(termsOf('plāns')).toEqual([]);
    expect(termsOf('plans')).toEqual(expect.arrayContaining(analyze('plāns')));
  });

  it('returns each term once, ranked by boost', () => {
    const found = glossary.translate('foster family, foster families and the family of a guardian or guardians');
    const terms = found.map((t) => t.term);
    expect(new Set(terms).size).toBe(terms.length);
    const boosts = found.map((t) => t.boost);
    expect(boosts).toEqual([...boosts].sort((a, b) => b - a));
  });

  it('stops at the cap on long texts', () => {
    const keys = translations.slice(0, 200).map((entry) => entry.en[0] ?? '');
    expect(glossary.translate(keys.join(', '))).toHaveLength(MAX_GLOSSARY_TERMS);
  });

  it('never throws and never returns more than the cap', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(glossary.translate(text).length).toBeLessThanOrEqual(MAX_GLOSSARY_TERMS);
      }),
    );
    const big = fc.sample(fc.string({ unit: 'binary', minLength: 50_000, maxLength: 50_000 }), 1)[0] ?? '';
    expect(glossary.translate(big).length).toBeLessThanOrEqual(MAX_GLOSSARY_TERMS);
    const words = 'guardain violence orphan’s courts skolā e-mail '.repeat(1200);
    expect(glossary.translate(words).length).toBeLessThanOrEqual(MAX_GLOSSARY_TERMS);
  });
});

describe('Glossary.englishWords', () => {
  it('is what the engine expects of a translator', () => {
    expect(asTranslator.englishWords()).toBe(glossary.englishWords());
  });

  it('knows the English content words as written and normalised, not stop words', () => {
    const words = glossary.englishWords();
    expect(words.has('guardians')).toBe(true);
    expect(words.has('children')).toBe(true);
    expect(words.has(normalizeEnglishWord('services'))).toBe(true);
    expect(words.has('the')).toBe(false);
    expect(words.has('bernu')).toBe(false);
  });

  it('tells an English word in any inflection from a Latvian one', () => {
    expect(glossary.isEnglishWord('Guardians')).toBe(true);
    expect(glossary.isEnglishWord('funded')).toBe(true);
    expect(glossary.isEnglishWord('bērns')).toBe(false);
    expect(glossary.isEnglishWord('plāns')).toBe(false);
    expect(glossary.isEnglishWord('')).toBe(false);
  });
});

describe('normalizeEnglishWord', () => {
  it.each([
    ['families', 'family'],
    ["orphan's", 'orphan'],
    ['courts', 'court'],
    ['addresses', 'address'],
    ['funded', 'fund'],
    ['planning', 'plan'],
    ['monthly', 'month'],
    ['applies', 'apply'],
    ['status', 'status'],
    ['crisis', 'crisis'],
    ['family', 'family'],
    ['need', 'need'],
  ])('%s → %s', (word, norm) => {
    expect(normalizeEnglishWord(word)).toBe(normalizeEnglishWord(norm));
  });

  it('keeps words apart that only look alike', () => {
    expect(normalizeEnglishWord('timely')).not.toBe(normalizeEnglishWord('time'));
    expect(normalizeEnglishWord('early')).not.toBe(normalizeEnglishWord('ear'));
  });
});
