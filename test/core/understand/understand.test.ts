import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { fold } from '../../../src/core/text/fold.js';
import { cleanMessage, MAX_MESSAGE_CHARS } from '../../../src/core/understand/clean-text.js';
import { detectLanguage } from '../../../src/core/understand/language.js';
import { findReferences } from '../../../src/core/understand/references.js';
import { understand } from '../../../src/core/understand/understand.js';

let engine: AnswerEngine;
beforeAll(() => {
  engine = loadEngine();
});
const TODAY = '2026-11-22';
const u = (text: string, context = false) => understand(text, engine.understander, TODAY, context);
const refs = (text: string) => findReferences(fold(text)).map((r) => `${r.kind}:${r.id}`);

describe('chat markup', () => {
  it.each([
    ['<@U123ABC>   who leads the autism subgroup??', 'who leads the autism subgroup??'],
    ['<at>Asistents</at> Kas ir VBTAI?', 'Kas ir VBTAI?'],
    ['skat. <#C0001|npais-darba-grupa> un <https://bac.gov.lv|BAC lapu>', 'skat. #npais-darba-grupa un BAC lapu'],
    ['<!channel> 4.4.5 &lt;b&gt;', '4.4.5 <b>'],
    ['a\u0000b\u200bc\n\n d', 'a b c d'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanMessage(raw)).toBe(clean);
  });

  it('caps the length', () => {
    expect(cleanMessage('ā'.repeat(100_000)).length).toBe(MAX_MESSAGE_CHARS);
  });
});

describe('references', () => {
  it.each([
    ['4.4.5', ['id:4.4.5']],
    ['4.4.5.', ['id:4.4.5']],
    ['Nr. 4.4.5.', ['id:4.4.5']],
    ['measure 4.4.5', ['measure:4.4.5']],
    ['pasākums 4.4.5', ['measure:4.4.5']],
    ['Kas ir atbildīgs par 4.4.5. pasākumu?', ['measure:4.4.5']],
    ['who is responsable for mesure 2.4.6', ['measure:2.4.6']],
    ['programmas 2.1.4. aktivitāte', ['activity:2.1.4']],
    ['Vai 3. uzdevums ir izpildīts?', ['report-task:3']],
    ['task 10 of the report', ['report-task:10']],
    ['subgroup 4', ['group:4']],
    ['8. darba grupa', ['group:8']],
    ['5. rīcības virziena pasākumi', ['direction:5']],
    ['4.4. uzdevuma pasākumi', ['plan-task:4.4']],
  ])('%s', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  it('does not read dates, years, EU measure numbers or amounts as ids', () => {
    expect(refs('līdz 31.12.2024. un 2024. gada 2. pusgadā')).toEqual([]);
    expect(refs('4.3.6.5. pasākuma ietvaros, 283 239 euro, 116111')).toEqual([]);
  });

  it('reads a number before a plural noun as a count, not as an item', () => {
    expect(refs('How many of the 13 tasks in the report are done?')).toEqual([]);
    expect(refs('Cik no 13 uzdevumiem ir izpildīti?')).toEqual([]);
    expect(refs('Kuri 7 pasākumi ir 3. rīcības virzienā?')).toEqual(['direction:3']);
    expect(refs('13. uzdevumi un task 13')).toEqual(['report-task:13']);
  });
});

describe('slots', () => {
  it('finds institutions by inflected name and abbreviation', () => {
    expect(u('Kāds saīsinājums lietots Bērnu aizsardzības centram?').institutions.map((i) => i.id)).toEqual(['BAC']);
    expect(u('par ko atbild vbtai').institutions.map((i) => i.id)).toEqual(['VBTAI']);
  });

  it('finds people in any case form and reports unknown names apart', () => {
    expect(u('Ko dara Zālītes apakšgrupa?').persons.map((p) => p.name)).toEqual(['Evita Zālīte-Grosa']);
    expect(u('Kas ir Zālītei?').persons.map((p) => p.name)).toEqual(['Evita Zālīte-Grosa']);
    const unknown = u('What is Pēteris Ozoliņš responsible for?');
    expect(unknown.persons).toEqual([]);
    expect(unknown.unknownNames).toEqual(['Pēteris Ozoliņš']);
  });

  it('reads open periods: after and before a written one', () => {
    expect(u('Which tasks have a deadline after 2025?').period).toMatchObject({
      start: '2026-01-01',
      end: '9999-12-31',
    });
    expect(u('Kuri pasākumi jāizpilda pirms 2023. gada?').period).toMatchObject({ end: '2022-12-31' });
    expect(u('Kas jāizpilda pēc 2024. gada 1. pusgada?').period).toMatchObject({ start: '2024-07-01' });
  });

  it('reads periods, written and relative', () => {
    expect(u('Kuri pasākumi 2024. gada 2. pusgadā?').period).toMatchObject({ start: '2024-07-01', end: '2024-12-31' });
    expect(u('What is due in H2 2024?').period).toMatchObject({ start: '2024-07-01', end: '2024-12-31' });
    expect(u('Kas jāizdara šomēnes?').period).toMatchObject({ start: '2026-11-01', end: '2026-11-30' });
    expect(u('What is due next month?').period).toMatchObject({ start: '2026-12-01', end: '2026-12-31' });
    expect(u('what is overdue?').period?.kind).toBe('overdue');
  });

  it('finds groups by number and by topic', () => {
    expect(u('Kas vada 6. apakšgrupu?').groups[0]?.id).toBe('6');
    expect(u('Kas vada autiskā spektra apakšgrupu?').groups[0]?.id).toBe('1');
    expect(u('Kas ir pastāvīgās darba grupas vadītāja vietnieks?').groups[0]?.id).toBe('standing');
  });

  it('tells Latvian from English, Latvian by default', () => {
    expect(detectLanguage('4.4.5.')).toBe('lv');
    expect(detectLanguage('kas atbildigs par 3.1.2 pasakumu')).toBe('lv');
    expect(detectLanguage('who is responsable for mesure 2.4.6')).toBe('en');
    expect(detectLanguage('WHAT DOES PKC STAND FOR')).toBe('en');
  });
});

describe('understanding on any input', () => {
  it('never throws and stays bounded on 10 000 random inputs', () => {
    const markup = fc.constantFrom(
      '<@U1>',
      '<!here>',
      '<#C1|x>',
      '<at>Bot</at>',
      '&lt;',
      '4.4.5.',
      ':~^+-*',
      '\u0000',
      '\u202e',
    );
    const input = fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
      {
        weight: 3,
        arbitrary: fc.array(fc.oneof(markup, fc.string({ maxLength: 20 })), { maxLength: 30 }).map((p) => p.join(' ')),
      },
      { weight: 1, arbitrary: fc.constantFrom('ā'.repeat(50_000), '4.4.5 '.repeat(9000), '<@U1>'.repeat(10_000)) },
    );
    fc.assert(
      fc.property(input, (text) => {
        const result = u(text);
        expect(result.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
        expect(['lv', 'en']).toContain(result.language);
      }),
      { numRuns: 10_000 },
    );
    // Ten thousand inputs take seconds alone but may take a minute on a shared, busy machine.
  }, 120_000);
});
