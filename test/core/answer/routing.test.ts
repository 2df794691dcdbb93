import { describe, expect, it } from 'vitest';
import { useEngine } from './ask-engine.js';

const ask = useEngine();

describe('one word does not take over the routing', () => {
  it('a website of a named institution is a contact, not its abbreviation', () => {
    const r = ask('What is the website of the Children’s Protection Centre (BAC)?');
    expect(r.found).toBe(true);
    expect(r.all).toContain('bac.gov.lv');
  });

  it('an amount lists the activities with that funding', () => {
    const r = ask('Kuriem pasākumiem finansējums ir 30 000 euro?');
    expect(r.intent).toBe('list');
    expect(r.all).toContain('2.1.3');
    expect(r.all).toContain('2.1.4');
    expect(r.all).toContain('Atrasti 2 (2 valsts programmas pasākumi)');
  });

  it('a phone number the question gives is what it asks about', () => {
    for (const q of ['Kad var zvanīt uz 80006008?', 'When can I call 80006008?']) {
      const r = ask(q);
      expect(r.found, q).toBe(true);
      expect(r.all, q).toContain('17:00-20:00');
    }
  });

  it('a unit with no phone of its own is not given another unit’s number', () => {
    const r = ask('Kāds ir Prevencijas un resursu nodaļas tālrunis?');
    expect(r.found).toBe(false);
    expect(r.all).toContain('Prevencijas un resursu nodaļa');
    expect(r.all).not.toMatch(/\d{8}/);
  });
});

describe('items named by their topic', () => {
  it('a working group task by the regulation it amends, with its deadline', () => {
    const r = ask('Līdz kuram datumam jāapstiprina priekšlikumi grozījumiem MK noteikumos Nr. 984?');
    expect(r.found).toBe(true);
    expect(r.all).toContain('2023. gada 1. janvār');
  });

  it('funding asks for the programme activity of a number both documents use', () => {
    const r = ask('Cik naudas paredzēts 2.1.6. pasākumam?');
    expect(r.all).toContain('50 000');
  });
});

describe('two questions in one', () => {
  it('answers each part with its own source', () => {
    const r = ask('Kāds ir 116111 čata darba laiks un cik naudas 2026. gadā paredzēts 2.1.3. pasākumam?');
    expect(r.found).toBe(true);
    expect(r.all).toContain('12:00');
    expect(r.all).toContain('30 000');
    expect(new Set(r.sources.map((s) => s.document))).toEqual(new Set(['bac', 'programme']));
  });
});

describe('counts and lists in Latvian agree in number', () => {
  it('one found item is singular', () => {
    const r = ask('Kurai aktivitātei ir mazākais finansējums un kas to nodrošina?');
    expect(r.all).not.toMatch(/\b1 (?:plāna|valsts programmas) pasākumi\b/);
  });
});
