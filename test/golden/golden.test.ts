/**
 * The golden set (questions.jsonl) held at 100%: every conversation goes through the real engine and the last
 * answer must have the expected `found`, one alternative of every `all` group, and none of `none`. Matching
 * ignores case, diacritics, whitespace and dots, as the user-level scorer does. The intent each answer is handled
 * as is asserted too, so that a routing change shows even when the words still match.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadEngine } from '../../src/adapters/files/engine-files.js';
import { handleMessage, MemoryConversations } from '../../src/app/handle-message.js';
import { replyJson } from '../../src/app/reply-json.js';
import type { AnswerEngine } from '../../src/core/answer/answer.js';

const QuestionSchema = z.object({
  id: z.string(),
  lang: z.enum(['lv', 'en']),
  /** The kind of question, as its author saw it. */
  intent: z.string(),
  /** The intent the engine answers it with: a change here is a routing change, to be looked at. */
  handledAs: z.string(),
  turns: z.array(z.string()).min(1),
  expect: z.object({ found: z.boolean(), all: z.array(z.array(z.string()).min(1)), none: z.array(z.string()) }),
  why: z.string().min(1),
});

const questions = readFileSync(new URL('./questions.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => QuestionSchema.parse(JSON.parse(line)));

const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s.]/g, '');
/** A fixed day, so that "overdue" and "this month" mean the same on every run. */
const NOW = new Date('2026-11-22T10:00:00Z');

let engine: AnswerEngine;
beforeAll(() => {
  engine = loadEngine();
});

describe('golden questions', () => {
  it('cover every kind of question in both languages, at least 150', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    for (const lang of ['lv', 'en']) expect(questions.filter((q) => q.lang === lang).length).toBeGreaterThan(50);
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s', (_id, q) => {
    const deps = { engine, conversations: new MemoryConversations(), now: () => NOW };
    let answer = replyJson(handleMessage({ conversation: q.id, text: q.turns[0] ?? '' }, deps).reply);
    for (const turn of q.turns.slice(1))
      answer = replyJson(handleMessage({ conversation: q.id, text: turn }, deps).reply);
    const text = norm(answer.answer);
    const problems: string[] = [];
    if (answer.intent !== q.handledAs) problems.push(`handled as ${answer.intent}, expected ${q.handledAs}`);
    if (answer.found !== q.expect.found) problems.push(`found=${answer.found}, expected ${q.expect.found}`);
    if (q.expect.found) {
      for (const group of q.expect.all)
        if (!group.some((alt) => text.includes(norm(alt)))) problems.push(`missing one of ${JSON.stringify(group)}`);
      for (const bad of q.expect.none) if (text.includes(norm(bad))) problems.push(`contains ${JSON.stringify(bad)}`);
    }
    expect(problems, `${q.turns.at(-1)}\n→ ${answer.answer.slice(0, 400)}`).toEqual([]);
  });
});
