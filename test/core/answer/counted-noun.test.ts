import { describe, expect, it } from 'vitest';
import { statesCount } from '../../../src/core/answer/counted-noun.js';
import { useEngine } from './ask-engine.js';

const ask = useEngine();

describe('a number next to the counted thing', () => {
  it('counts a number just before or after the noun, not a line marker, an id, an order or a sum of euro', () => {
    expect(statesCount('organizēti 3 darba semināri', ['seminar'])).toBe(true);
    expect(statesCount('Konsultāciju skaits - 2000', ['konsultaci'])).toBe(true);
    expect(statesCount('organizēti darba semināri, kuros piedalījušies indikatīvi 100 dalībnieki', ['seminar'])).toBe(
      false,
    );
    expect(statesCount('1) Sociālo darbinieku konsultācijas; 2) raksturojums', ['konsultaci'])).toBe(false);
    expect(statesCount('2.1.2. pasākums: Finansējums – 15 000 euro, informatīvi pasākumi', ['pasakum'])).toBe(false);
    expect(statesCount('2024. gada 2. pusgadā semināri', ['seminar'])).toBe(false);
  });

  it('takes a field that is a number alone as the count', () => {
    expect(
      statesCount('Darbības rezultāts: Organizēto supervīziju skaits gadā\nRezultatīvais rādītājs: 720', ['x']),
    ).toBe(true);
  });
});

describe('a question for a number the document leaves out', () => {
  it('is not found, and still shows what the item says', () => {
    const reply = ask('Cik semināru paredzēts valsts programmas 2.2.4. pasākumā?');
    expect(reply.found).toBe(false);
    expect(reply.all).toMatch(/nenorāda/u);
    expect(reply.sources[0]?.locator).toMatch(/2\.2\.4/u);
  });

  it('is found when the indicator gives it, in either language', () => {
    const lv = ask('Cik konsultāciju paredzēts 3.2.2. pasākumā?');
    expect(lv.found).toBe(true);
    expect(lv.all).toContain('2000');
    const en = ask('How many guardians should complete the training in 2025 under measure 5.1.1?');
    expect(en.found).toBe(true);
    expect(en.all).toContain('1 000');
  });

  it('leaves "how long" and "how often" alone', () => {
    expect(ask('Cik ilgi darbojas 1.6.3. pasākums?').found).toBe(true);
  });
});
