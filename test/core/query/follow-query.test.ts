import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/adapters/files/knowledge-files.js';
import { useEngine } from '../answer/ask-engine.js';

const ask = useEngine();
const knowledge = loadKnowledge();

/** The count in a list answer's first line ("Atrasti 13 (…)", "Found 5 (…)"). */
function countOf(text: string): number {
  return Number(/(?:Atrast\p{L}*|Found) (\d+)/u.exec(text)?.[1] ?? Number.NaN);
}

describe('a follow-up that changes one part of a list', () => {
  it('puts another institution in place of the first and keeps the period and its meaning', () => {
    const followed = ask('Kuri pasākumi LM jāizpilda 2024. gadā?', 'Un IZM?');
    const direct = ask('Kuri pasākumi IZM jāizpilda 2024. gadā?');
    expect(followed.intent).toBe('list');
    expect(followed.text).toContain('IZM');
    expect(countOf(followed.text)).toBe(countOf(direct.text));
    const year = ask('Cik pasākumu LM jāizpilda 2024. gadā?', 'Un 2025. gadā?');
    expect(countOf(year.text)).toBe(countOf(ask('Cik pasākumu LM jāizpilda 2025. gadā?').text));
  });

  it('counts or sums the previous list', () => {
    const counted = ask('Kuri ziņojuma uzdevumi ir izpildīti?', 'Cik to ir?');
    expect(counted.all).toMatch(/Kopā: \d+/u);
    const bac = knowledge.activities.filter((a) => a.runBy?.institution === 'BAC');
    const total = bac.reduce((sum, a) => sum + (a.funding?.amount ?? 0), 0);
    const summed = ask('Which programme activities is BAC responsible for?', 'What do they add up to?');
    expect(summed.all).toContain(total.toLocaleString('en-US').replace(/,/gu, ' '));
  });

  it('leaves a follow-up about one item to that item', () => {
    const reply = ask('Kuri pasākumi LM jāizpilda 2024. gadā?', 'Kāds ir 4.4.5. pasākuma termiņš?');
    expect(reply.intent).toBe('deadline');
  });
});

describe('a number that counts things', () => {
  it('is not read as a task number', () => {
    const done = knowledge.reportTasks.filter((t) => t.status === 'done').length;
    const reply = ask('How many of the 13 tasks in the report are completed?');
    expect(reply.intent).toBe('list');
    expect(countOf(reply.text)).toBe(done);
  });
});
