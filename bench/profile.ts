/**
 * `npm run profile`: every turn of the golden conversations through handleMessage, repeated, under
 * `node --cpu-prof`; profile-top.ts then prints where the time went. Start-up is profiled too but is a small
 * share of the run: the answers are what it looks at.
 */
import { loadEngine } from '../src/adapters/files/engine-files.js';
import { answerLatency } from './answer-latency.js';
import { goldenQuestions } from './golden.js';

const ANSWERS = Number(process.argv[2] ?? 5_000);

const engine = loadEngine();
const result = answerLatency(engine, goldenQuestions(), ANSWERS);
process.stderr.write(
  `profile: ${result.answers} answers, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms\n`,
);
