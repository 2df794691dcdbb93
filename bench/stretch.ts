/** How many stretch questions (test/golden/stretch.jsonl: not answered correctly yet) the assistant now answers. */
import { handleMessage, MemoryConversations } from '../src/app/handle-message.js';
import { replyJson } from '../src/app/reply-json.js';
import type { AnswerEngine } from '../src/core/answer/answer.js';
import { goldenQuestions, norm, satisfies } from './golden.js';
import { BENCH_NOW } from './stats.js';

export function stretchPassing(engine: AnswerEngine): { passing: number; total: number } {
  const questions = goldenQuestions('stretch.jsonl');
  let passing = 0;
  for (const [n, q] of questions.entries()) {
    const deps = { engine, conversations: new MemoryConversations(), now: () => BENCH_NOW };
    let answer = '';
    let found = false;
    for (const text of q.turns) {
      const json = replyJson(handleMessage({ conversation: `stretch:${n}`, text }, deps).reply);
      answer = json.answer;
      found = json.found;
    }
    const clean = q.expect.none.every((no) => !norm(answer).includes(norm(no)));
    if (found === q.expect.found && satisfies(answer, q) && clean) passing += 1;
  }
  return { passing, total: questions.length };
}
