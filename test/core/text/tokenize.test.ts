import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outermostTokens } from '../../../src/core/text/token.js';
import { tokenize } from '../../../src/core/text/tokenize.js';

/** The tokens as "kind:norm", the shortest way to state what a text tokenizes to. */
const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.norm}`);

describe('tokenize: things kept whole', () => {
  it('keeps measure and task ids whole and drops their trailing dot', () => {
    expect(kinds('4.4.5 4.4.5. 2.1.6. 1.2 4.3.6.5')).toEqual([
      'id:4.4.5',
      'id:4.4.5',
      'id:2.1.6',
      'id:1.2',
      'id:4.3.6.5',
    ]);
  });

  it('finds an id glued to the next word, as the plan writes "4.4.5.pasākumā"', () => {
    expect(kinds('(izmaksas iekļautas 4.4.5.pasākumā)')).toEqual([
      'word:izmaksas',
      'word:ieklautas',
      'id:4.4.5',
      'word:pasakuma',
    ]);
  });

  it('keeps ESF+ project numbers whole, even after a stray dot', () => {
    expect(kinds('Nr. 4.3.6.5/1/24/I/001 “x” .4.3.6.9/2/24/I/001')).toEqual([
      'word:nr',
      'id:4.3.6.5/1/24/i/001',
      'word:x',
      'id:4.3.6.9/2/24/i/001',
    ]);
  });

  it('keeps e-mail addresses whole without the sentence full stop', () => {
    expect(kinds('rakstot uzticibaspasts116111@bac.gov.lv.')).toEqual([
      'word:rakstot',
      'email:uzticibaspasts116111@bac.gov.lv',
    ]);
    expect(kinds('e-pastu:pasts@bac.gov.lv')).toContain('email:pasts@bac.gov.lv');
  });

  it('keeps URLs and bare hosts whole, normalised, and gives a URL path its host too', () => {
    expect(kinds('https://www.bac.gov.lv/lv. un bac.gov.lv (bernamaja.lv) www.vietagimenei.lv')).toEqual([
      'url:bac.gov.lv/lv',
      'url:bac.gov.lv',
      'word:un',
      'url:bac.gov.lv',
      'url:bernamaja.lv',
      'url:vietagimenei.lv',
    ]);
    expect(kinds('https://uzticibastalrunis.lv/;')).toEqual(['url:uzticibastalrunis.lv']);
  });

  it('does not take abbreviations with dots for hosts', () => {
    expect(kinds('t.sk. u.c.')).toEqual(['word:t', 'word:sk', 'word:u', 'word:c']);
  });
});

describe('tokenize: phone numbers', () => {
  it('joins a country code and a local number', () => {
    const [phone] = tokenize('tālr. +371 22405299)').filter((t) => t.kind === 'phone');
    expect(phone).toMatchObject({ text: '+371 22405299', norm: '+37122405299' });
  });

  it('recognises 116111 and 8-digit local numbers', () => {
    expect(kinds('116111 67021600 22405299')).toEqual(['phone:116111', 'phone:67021600', 'phone:22405299']);
  });

  it('joins the 2-3-3 grouping of an 8-digit number starting with 2, 6 or 8', () => {
    expect(kinds('(numurs: 22 045 225)')).toEqual(['word:numurs', 'phone:22045225']);
    expect(kinds('+371 22 045 225')).toEqual(['phone:+37122045225']);
    expect(kinds('80 000 123')).toEqual(['phone:80000123']);
  });

  it('leaves other digit groups as numbers: wrong first digit, longer runs, amounts, line breaks', () => {
    expect(kinds('12 045 225')).toEqual(['number:12', 'number:045', 'number:225']);
    expect(kinds('1 22 045 225')).not.toContain('phone:22045225');
    expect(kinds('22 045 225 000')).not.toContain('phone:22045225');
    expect(kinds('20 000 000 EUR')).not.toContain('phone:20000000');
    expect(kinds('22\n045 225')).not.toContain('phone:22045225');
  });

  it('keeps "1 200" as two numbers (see tokenize.ts for why) and a sign out of the norm', () => {
    expect(kinds('1 200 (+316)')).toEqual(['number:1', 'number:200', 'number:316']);
  });
});

describe('tokenize: abbreviations and words', () => {
  it('marks tokens with two or more capitals as abbreviations', () => {
    expect(kinds('VBTAI, IeM, IeVP, NAP2027 un ESF+')).toEqual([
      'abbr:vbtai',
      'abbr:iem',
      'abbr:ievp',
      'abbr:nap2027',
      'word:un',
      'abbr:esf+',
    ]);
  });

  it('keeps "IeM IC" as one token, followed by its parts', () => {
    const tokens = tokenize('LM, IeM IC, TM');
    expect(tokens.map((t) => t.text)).toEqual(['LM', 'IeM IC', 'IeM', 'IC', 'TM']);
    expect(outermostTokens(tokens).map((t) => t.norm)).toEqual(['lm', 'iem ic', 'tm']);
  });

  it('treats long all-caps words as words: they are headings, not abbreviations', () => {
    expect(kinds('METODISKĀS VADLĪNIJAS')).toEqual(['word:metodiskas', 'word:vadlinijas']);
  });

  it('gives a hyphenated word as a whole and as its parts, with their offsets', () => {
    const tokens = tokenize('Inese Zālīte-Grosa');
    expect(tokens.map((t) => [t.norm, t.start, t.end])).toEqual([
      ['inese', 0, 5],
      ['zalite-grosa', 6, 18],
      ['zalite', 6, 12],
      ['grosa', 13, 18],
    ]);
  });

  it('splits words from glued numbers, as in "2024.gada2.pusgada"', () => {
    expect(kinds('No 2024.gada2.pusgada')).toEqual(['word:no', 'number:2024', 'word:gada', 'number:2', 'word:pusgada']);
  });
});

describe('tokenize: robustness', () => {
  const anyText = fc.string({
    unit: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.constantFrom('4.4.5.', '+371', ' ', '\u00a0', '@', 'https://', '.', '-', 'IeM', ' IC', '22', ' 045', 'ā'),
    ),
    maxLength: 40,
  });

  it('never throws and every token is a slice of the input, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        let previousStart = 0;
        for (const token of tokens) {
          expect(token.text).toBe(text.slice(token.start, token.end));
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.start).toBeGreaterThanOrEqual(previousStart);
          previousStart = token.start;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a text the same tokens wherever it stands (chunks read before elsewhere are not misplaced)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const alone = tokenize(text);
        const shifted = tokenize(`zzz\n\n${text}`).slice(1);
        const at = 'zzz\n\n'.length;
        expect(shifted).toEqual(alone.map((t) => ({ ...t, start: t.start + at, end: t.end + at })));
      }),
      { numRuns: 1000 },
    );
  });

  it('handles megabyte-long adversarial input (a quadratic scan would run past the test timeout)', () => {
    const size = 1_000_000;
    const inputs = ['.', '1.', 'a.', 'a@', '/', '-', 'ā', '1 ', 'IeM ', '+', 'x'].map((unit) =>
      unit.repeat(Math.ceil(size / unit.length)),
    );
    inputs.push(`https://${'/'.repeat(size)}`, `${'a'.repeat(size)}@`, `www.${'a.'.repeat(size / 2)}`);
    for (const input of inputs) expect(Array.isArray(tokenize(input))).toBe(true);
  });
});
