import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { handleMessage, MemoryConversations } from '../../../src/app/handle-message.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { replyText } from '../../../src/core/answer/reply.js';

let engine: AnswerEngine;
beforeAll(() => {
  engine = loadEngine();
});

const NOW = new Date('2026-11-22T10:00:00Z');

/** Runs the turns as one conversation and returns the last reply. */
function ask(...turns: string[]) {
  const deps = { engine, conversations: new MemoryConversations(), now: () => NOW };
  let last = handleMessage({ conversation: 'test', text: turns[0] ?? '' }, deps);
  for (const turn of turns.slice(1)) last = handleMessage({ conversation: 'test', text: turn }, deps);
  return { ...last.reply, all: replyText(last.reply) };
}

describe('answers from the plan', () => {
  it('names the responsible institution, expanded once, with the source', () => {
    const r = ask('Kas ir atbildīgs par 4.4.5. pasākumu?');
    expect(r.found).toBe(true);
    expect(r.intent).toBe('responsible');
    expect(r.text).toContain('LM (Labklājības ministrija)');
    expect(r.all.match(/Labklājības ministrija/g)).toHaveLength(1);
    expect(r.sources[0]).toMatchObject({ document: 'plan', locator: '4.4.5. pasākums' });
  });

  it('gives a deadline in words with the raw cell quoted, in the question language', () => {
    const lv = ask('Kāds ir 4.4.5 termiņš?');
    expect(lv.all).toContain('no 2024. gada 2. pusgada');
    expect(lv.all).toContain('“No 2024.gada2.pusgada”');
    const en = ask('when is 4.4.5 due');
    expect(en.language).toBe('en');
    expect(en.all).toContain('from the 2nd half of 2024');
  });

  it('says VBTAI became BAC whenever it names VBTAI', () => {
    expect(ask('Kas ir atbildīgs par 2.6.2. pasākumu?').all).toMatch(
      /VBTAI \(Valsts bērnu tiesību aizsardzības inspekcija; kopš 2024\. gada 1\. janvāra — Bērnu aizsardzības centrs/,
    );
  });

  it('answers a shared id for both documents unless one is named', () => {
    const both = ask('2.1.6');
    expect([...new Set(both.sources.map((s) => s.document))].sort()).toEqual(['plan', 'programme']);
    const programme = ask('Cik liels finansējums ir valsts programmas 2.1.6. pasākumam?');
    expect(programme.sources.map((s) => s.document)).toEqual(['programme']);
    expect(programme.all).toContain('50 000 euro');
  });
});

describe('when the documents do not answer', () => {
  it.each([
    ['Kas ir atbildīgs par 9.9.9. pasākumu?', /9\.9\.9/],
    ['Kāds ir ziņojuma 14. uzdevuma statuss?', /14/],
    ['Kāda ir PVN likme?', /PVN dokumentos ziņu nav/],
    ['What is Pēteris Ozoliņš responsible for?', /Pēteris Ozoliņš/],
  ])('%s → not found, said plainly', (question, said) => {
    const r = ask(question);
    expect(r.found).toBe(false);
    expect(r.all).toMatch(said);
    expect(r.sources).toEqual([]);
  });

  it('offers close ids without answering for them', () => {
    const r = ask('Kas ir atbildīgs par 4.4.9. pasākumu?');
    expect(r.found).toBe(false);
    expect(r.all).toContain('4.4.6');
    expect(r.all).not.toContain('Atbildīgā institūcija');
  });
});

describe('follow-ups in one conversation', () => {
  it('keeps the subject: "and its deadline?", "and the co-responsible?"', () => {
    const deadline = ask('Kas ir atbildīgs par 2.1.6. pasākumu?', 'Kāds ir tā termiņš?');
    expect(deadline.intent).toBe('deadline');
    expect(deadline.all).toContain('2023. gada 1. pusgads');
    const co = ask('Kas ir atbildīgs par 2.1.6. pasākumu?', 'Kāds ir tā termiņš?', 'Un kuras ir līdzatbildīgās?');
    expect(co.all).toMatch(/RPNC.*NVD/s);
  });

  it('keeps the question for a new subject: "un par 4.1.2.?"', () => {
    const r = ask('Kas ir atbildīgs par 4.1.1. pasākumu?', 'un par 4.1.2.?');
    expect(r.intent).toBe('responsible');
    expect(r.sources[0]?.locator).toBe('4.1.2. pasākums');
  });
});
