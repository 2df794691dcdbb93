/** The golden questions (test/golden), as the benchmarks replay them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/adapters/files/paths.js';

export interface GoldenQuestion {
  id: string;
  lang: 'lv' | 'en';
  intent: string;
  turns: string[];
  expect: { found: boolean; all: string[][]; none: string[] };
}

export function goldenQuestions(file = 'questions.jsonl'): GoldenQuestion[] {
  return readFileSync(join(PROJECT_ROOT, 'test', 'golden', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldenQuestion); // why: the golden test validates these files with zod
}

/** Ignores case, diacritics, whitespace and dots, as the golden test and the scorer do. */
export function norm(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s.]/g, '');
}

export function satisfies(text: string, q: GoldenQuestion): boolean {
  const have = norm(text);
  return q.expect.all.every((group) => group.some((alt) => have.includes(norm(alt))));
}
