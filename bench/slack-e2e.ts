/**
 * End to end on loopback: signed Slack events (app mentions, each from its own user and thread) POSTed over HTTP
 * to the real Bolt app at a fixed rate, and the time until the fake Slack Web API receives the threaded reply
 * (chat.postMessage with that thread_ts). The same harness the Slack tests use.
 */
import { performance } from 'node:perf_hooks';
import type { AnswerEngine } from '../src/core/answer/answer.js';
import { postToSlackEvents, startHarness } from '../test/adapters/slack/harness.js';
import { mention } from '../test/adapters/slack/payloads.js';
import type { GoldenQuestion } from './golden.js';
import { type Percentiles, percentiles } from './stats.js';

export interface EndToEnd {
  ratePerSecond: number;
  seconds: number;
  sent: number;
  answered: number;
  errors: number;
  latencyMs: Percentiles;
}

export async function slackEndToEnd(
  engine: AnswerEngine,
  questions: readonly GoldenQuestion[],
  ratePerSecond: number,
  seconds: number,
): Promise<EndToEnd> {
  const h = await startHarness(engine, {
    slack: { rateLimit: { max: 1_000_000, windowMs: 60_000 }, workingDelayMs: 60_000 },
  });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  h.fake.onCall((call) => {
    const thread = call.method === 'chat.postMessage' ? String(call.params.thread_ts ?? '') : '';
    const start = sentAt.get(thread);
    if (start === undefined) return;
    sentAt.delete(thread);
    latencies.push(performance.now() - start);
  });
  let errors = 0;
  const total = ratePerSecond * seconds;
  const posts: Promise<void>[] = [];
  const begin = performance.now();
  for (let i = 0; i < total; i++) {
    const due = begin + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const q = questions[i % questions.length];
    const ts = `1800000000.${String(i).padStart(6, '0')}`;
    const body = mention({
      eventId: `EvBench${i}`,
      ts,
      text: `<@U0BOT> ${q?.turns[0] ?? 'palīdzība'}`,
      extra: { user: `UB${i}` },
    });
    sentAt.set(ts, performance.now());
    posts.push(
      postToSlackEvents(h, body).then(
        (response) => {
          if (response.status !== 200) errors += 1;
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(posts);
  const deadline = performance.now() + 10_000;
  while (latencies.length + errors < total && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await h.close();
  return {
    ratePerSecond,
    seconds,
    sent: total,
    answered: latencies.length,
    errors: errors + (total - errors - latencies.length),
    latencyMs: percentiles(latencies),
  };
}
