/**
 * In-process answering: every turn of every golden conversation through handleMessage (understanding + answering,
 * not just search), repeated; per-turn latency percentiles and answers per second on one core. One shared
 * conversation store, as in the server, so memory after 10 000 answers shows whether anything grows.
 */
import { performance } from 'node:perf_hooks';
import { handleMessage, MemoryConversations } from '../src/app/handle-message.js';
import type { AnswerEngine } from '../src/core/answer/answer.js';
import type { GoldenQuestion } from './golden.js';
import { BENCH_NOW, type Percentiles, percentiles } from './stats.js';

export interface LatencyResult {
  answers: number;
  answersPerSecond: number;
  latencyMs: Percentiles;
}

export function answerLatency(
  engine: AnswerEngine,
  questions: readonly GoldenQuestion[],
  minAnswers: number,
): LatencyResult {
  const deps = { engine, conversations: new MemoryConversations(), now: () => BENCH_NOW };
  const samples: number[] = [];
  let conversation = 0;
  const start = performance.now();
  while (samples.length < minAnswers) {
    for (const q of questions) {
      conversation += 1;
      for (const text of q.turns) {
        const t0 = performance.now();
        handleMessage({ conversation: `bench:${conversation}`, text }, deps);
        samples.push(performance.now() - t0);
      }
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    answers: samples.length,
    answersPerSecond: Math.round(samples.length / seconds),
    latencyMs: percentiles(samples),
  };
}
