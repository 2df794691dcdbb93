import { describe, expect, it } from 'vitest';
import { holdsConstraints } from '../../../src/core/answer/answerable.js';
import { statedConstraints } from '../../../src/core/understand/stated-constraints.js';
import { useEngine } from './ask-engine.js';

const ask = useEngine();

describe('the constraints a question states', () => {
  it('reads years, document numbers and amounts, not "no" meaning "from"', () => {
    expect(statedConstraints('Kāds būs programmas finansējums 2028. gadā?')).toEqual([{ kind: 'year', value: '2028' }]);
    expect(statedConstraints('grozījumi MK noteikumos Nr. 545')).toEqual([{ kind: 'number', value: '545' }]);
    expect(statedConstraints('project No. 4.3.6.5/1/24/I/001')).toEqual([
      { kind: 'number', value: '4.3.6.5/1/24/I/001' },
    ]);
    expect(statedConstraints('Kuriem pasākumiem finansējums ir 30 000 euro?')).toEqual([
      { kind: 'amount', value: '30 000' },
    ]);
    expect(statedConstraints('no 2024. gada 2. pusgada')).toEqual([{ kind: 'year', value: '2024' }]);
    expect(statedConstraints('Kas ir atbildīgs par 4.4.5. pasākumu?')).toEqual([]);
  });

  it('finds them in a text whatever the spacing, and a year inside a stated range', () => {
    const stated = statedConstraints('Nr. 984, 16 000 euro, 2027. gadā');
    expect(holdsConstraints('noteikumos Nr.984 … 16000 euro … 2025–2029', stated)).toBe(true);
    expect(holdsConstraints('noteikumos Nr.984 … 16 000 euro … 2026. gadā', stated)).toBe(false);
    expect(holdsConstraints('noteikumos Nr.9845 … 16 000 euro … 2027', stated)).toBe(false);
  });
});

describe('refusing what the cited text does not hold', () => {
  it('names a year the documents do not have instead of answering with another year', () => {
    const r = ask('Kāds būs valsts programmas kopējais finansējums 2028. gadā?');
    expect(r.found).toBe(false);
    expect(r.all).toContain('2028. gadu');
    expect(r.all).not.toContain('283 239');
    const en = ask('What is the total funding of the state programme in 2027?');
    expect(en.found).toBe(false);
    expect(en.all).toContain('2027');
  });

  it('refuses a subgroup number that does not exist even when another subgroup matches the words', () => {
    const r = ask('Kas vada Bērnu lietu sadarbības padomes 11. apakšgrupu?');
    expect(r.found).toBe(false);
    expect(r.all).toContain('11. apakšgrupas');
    expect(r.all).toContain('Tuvākie esošie: 8, 7, 6.');
  });

  it('refuses an abbreviation no document knows rather than quoting a passage about another rate', () => {
    const r = ask('Kāda ir PVN standarta likme Latvijā?');
    expect(r.found).toBe(false);
    expect(r.all).toContain('PVN');
  });

  it('keeps answering what the documents hold when the number is in a cell the reply does not show', () => {
    const r = ask('Līdz kuram datumam jāapstiprina priekšlikumi grozījumiem MK noteikumos Nr. 984?');
    expect(r.found).toBe(true);
    expect(r.all).toMatch(/2023/);
  });

  it('keeps a stray number beside the id that is answered', () => {
    const r = ask('No kura laika jānodrošina programmas Stop 4-7 pieejamība (1.3.3. pasākums)?');
    expect(r.found).toBe(true);
    expect(r.all).toContain('2023');
  });
});

describe('facts the documents never give', () => {
  it('the head of an institution: only the working groups’ people are named', () => {
    for (const q of [
      'Kas vada Pārresoru koordinācijas centru?',
      'Who is the Minister of Welfare?',
      'Who is the director of BAC?',
    ]) {
      const r = ask(q);
      expect(r.found, q).toBe(false);
      expect(r.all, q).toMatch(/heads of institutions|Iestāžu vadītājus/);
    }
    expect(ask('Kas vada 6. apakšgrupu?').found).toBe(true);
  });

  it('the cost of the plan: only the programme gives money', () => {
    const r = ask('Cik kopā izmaksās plāna 2022.–2025. gadam pasākumi?');
    expect(r.found).toBe(false);
    expect(r.all).toContain('tikai valsts programmas 2026');
    expect(r.all).not.toContain('0 euro');
  });
});

describe('blank fields are not found, with the explanation kept', () => {
  it('a deputy no group names', () => {
    const r = ask('Who is the deputy leader of the autism spectrum disorder subgroup?');
    expect(r.found).toBe(false);
    expect(r.all).toContain('No deputy leader is named');
    expect(r.sources[0]?.document).toBe('groups');
  });

  it('a deadline written as dots', () => {
    const r = ask('Kāds ir 5. apakšgrupas termiņš?');
    expect(r.found).toBe(false);
    expect(r.all).toMatch(/nav norādīts/);
  });

  it('an empty co-responsible cell', () => {
    const r = ask('Which institutions are co-responsible for measure 4.3.7?');
    expect(r.found).toBe(false);
    expect(r.all).toContain('the cell is empty');
    expect(r.sources[0]?.locator).toBe('measure 4.3.7');
  });

  it('while a filled field asked the same way stays found', () => {
    expect(ask('Which institutions are co-responsible for measure 4.4.5?').found).toBe(true);
    expect(ask('Kas ir standing darba grupas vadītāja vietnieks?').found).toBe(true);
  });
});
