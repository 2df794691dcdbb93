/** The real engine, loaded once per test file, asked as a conversation on a fixed day (2026-12-01). */
import { beforeAll } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { handleMessage, MemoryConversations } from '../../../src/app/handle-message.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { replyText } from '../../../src/core/answer/reply.js';

export function useEngine() {
  let engine: AnswerEngine;
  beforeAll(() => {
    engine = loadEngine();
  });
  /** Runs the turns as one conversation; the last reply, with its whole text as `all`. */
  return (...turns: string[]) => {
    const deps = { engine, conversations: new MemoryConversations(), now: () => new Date('2026-12-01T10:00:00Z') };
    let last = handleMessage({ conversation: 't', text: turns[0] ?? '' }, deps);
    for (const turn of turns.slice(1)) last = handleMessage({ conversation: 't', text: turn }, deps);
    return { ...last.reply, all: replyText(last.reply, 50) };
  };
}
