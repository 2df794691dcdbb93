/** Intents are data: every file parses, ids are unique and match file names, every handler exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { INTENTS_DIR, loadEngine, readIntents } from '../src/adapters/files/engine-files.js';
import type { AnswerEngine } from '../src/core/answer/answer.js';
import { HANDLERS } from '../src/core/answer/handlers/registry.js';
import { IntentSpecSchema } from '../src/core/understand/intent-spec.js';
import { understand } from '../src/core/understand/understand.js';

const files = readdirSync(INTENTS_DIR).filter((f) => f.endsWith('.json'));

describe('intents/*.json', () => {
  it.each(files)('%s validates and names an existing handler', (file) => {
    const spec = IntentSpecSchema.parse(JSON.parse(readFileSync(`${INTENTS_DIR}/${file}`, 'utf8')));
    expect(`${spec.id}.json`).toBe(file);
    expect(Object.keys(HANDLERS)).toContain(spec.handler);
  });

  it('has unique ids', () => {
    const ids = readIntents().map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('intent examples', () => {
  let engine: AnswerEngine;
  beforeAll(() => {
    engine = loadEngine();
  });

  it('are understood as their own intent, nearly all of them', () => {
    const misses: string[] = [];
    let total = 0;
    for (const spec of readIntents()) {
      for (const example of [...spec.examples.lv, ...spec.examples.en]) {
        total += 1;
        // Examples that lean on a previous turn are understood with a conversation behind them.
        const leans = /^(un|and|what about)\b|\b(tā|tās|its|it)\b/i.test(example);
        const got = understand(example, engine.understander, '2026-11-22', leans).intent;
        if (got !== spec.id) misses.push(`${spec.id} ← "${example}" (got ${got})`);
      }
    }
    expect(misses.length / total, misses.join('\n')).toBeLessThan(0.1);
  });
});
