import { describe, expect, it } from 'vitest';
import { useEngine } from './ask-engine.js';

const ask = useEngine();

describe('words that look like a slot but are a topic', () => {
  it('reads a bare "grupa" as a working group only when the words name one', () => {
    const support = ask('Kas atbild par atbalsta grupām vecākiem, kuru bērniem ir smagi funkcionāli traucējumi?');
    expect(support.subjects.some((s) => s.kind === 'group')).toBe(false);
    expect(support.sources[0]?.locator).toMatch(/pasākums/u);
    const group = ask('Kas vada grupu par alternatīvo aprūpi?');
    expect(group.subjects.some((s) => s.kind === 'group')).toBe(true);
  });

  it('counts things other than items in the text, not as a list of items', () => {
    const reply = ask('Cik izglītības iestāžu piedalījās IZM un IKVD aptaujā 2025. gada martā?');
    expect(reply.intent).toBe('search');
    expect(reply.all).toContain('838');
  });

  it('answers a programme activity named by its topic with its cells', () => {
    const reply = ask('Kas nodrošina pasākumus bērnu aprūpes iestāžu speciālistiem kapacitātes stiprināšanai?');
    expect(reply.all).toMatch(/Nodrošina un administrē: BAC/u);
    expect(reply.sources[0]?.locator).toBe('2.2.2. pasākums');
  });

  it('keeps "the subgroup" of a two-part question on the group the first part named', () => {
    const reply = ask('Who leads the autism spectrum disorder subgroup, and by what date was the subgroup to report?');
    expect(reply.subjects).toEqual([{ kind: 'group', id: '1' }]);
  });
});
