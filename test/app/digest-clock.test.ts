/**
 * Clock jumps under a running scheduler: each tick decides from the wall clock and the ledger, not from a planned
 * tick. A jump forward (or downtime) posts only the latest missed week, once; a jump back repeats no week, sends
 * no older week out of order, and leaves no gap: later weeks and new subscriptions post on time. The log stays
 * JSON throughout. Through the real SlackMessenger to the fake Slack API.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/adapters/files/engine-files.js';
import { startDigestScheduler } from '../../src/adapters/scheduler/digest-scheduler.js';
import type { AnswerEngine } from '../../src/core/answer/answer.js';
import { rigaStamp } from '../../src/core/deadlines/riga-instant.js';
import { type Harness, startHarness } from '../adapters/slack/harness.js';
import { addSubscription, instance, tempDir } from './digest-harness.js';

const CHANNEL = { platform: 'slack' as const, id: 'C0CLOCK' };
const HOUR = 60 * 60_000;
const WEEK = 7 * 24 * HOUR;

let engine: AnswerEngine;
let slack: Harness;

beforeAll(() => {
  engine = loadEngine();
});

afterEach(async () => {
  await slack.close();
});

interface Post {
  sub: string;
  period: string;
  riga: string;
}

async function setUp(start: Date) {
  slack = await startHarness(engine);
  const clock = { now: start };
  slack.fake.clock = () => clock.now;
  const posts: Post[] = [];
  slack.fake.onCall((call) => {
    const mark = (call.params.metadata as { event_payload?: { subscription: string; period: string } } | undefined)
      ?.event_payload;
    if (call.method === 'chat.postMessage' && mark)
      posts.push({ sub: mark.subscription, period: mark.period, riga: rigaStamp(clock.now) });
  });
  const messenger = slack.runtime.messengers.find((m) => m.platform === 'slack');
  if (!messenger) throw new Error('no Slack messenger');
  const app = instance(tempDir(), clock, 'one', [messenger]);
  const logger = slack.runtime.logger;
  const scheduler = startDigestScheduler(
    {
      subscriptions: app.services.subscriptions,
      ledger: app.services.ledger,
      messengers: [messenger],
      compose: app.services.compose,
      owner: 'one',
      log: {
        info: (o, m) => logger.info(o, m),
        warn: (o, m) => logger.warn(o, m),
        error: (o, m) => logger.error(o, m),
      },
      clock: () => clock.now,
    },
    () => () => {},
  );
  /** Ticks every `step` from now until `until`, as the interval would while the clock runs. */
  const runUntil = async (until: Date, step = HOUR) => {
    for (; clock.now < until; clock.now = new Date(clock.now.getTime() + step)) await scheduler.tick();
  };
  return { app, clock, posts, scheduler, runUntil };
}

describe('a clock jump', () => {
  it('forward by five weeks posts one catch-up, the latest week, and then carries on weekly', async () => {
    const { app, clock, posts, scheduler, runUntil } = await setUp(new Date('2026-11-22T22:05:00Z'));
    const sub = await addSubscription(app.services, '3', {}, new Date('2026-11-20T12:00:00Z'), CHANNEL);
    await runUntil(new Date('2026-11-24T00:00:00Z'));
    expect(posts.map((p) => p.period)).toEqual(['2026-W48']);
    clock.now = new Date(clock.now.getTime() + 5 * WEEK);
    await runUntil(new Date(clock.now.getTime() + WEEK + 2 * HOUR));
    expect(posts.map((p) => [p.period, p.riga])).toEqual([
      ['2026-W48', '2026-11-23T09:05'],
      ['2026-W53', '2026-12-29T02:05'],
      ['2027-W01', '2027-01-04T09:05'],
    ]);
    await scheduler.stop();
    expect((await app.services.ledger.recent(sub.id, 10)).map((r) => [r.period, r.state])).toEqual([
      ['2027-W01', 'sent'],
      ['2026-W53', 'sent'],
      ['2026-W48', 'sent'],
    ]);
    expect(slack.logs.every((line) => typeof JSON.parse(line) === 'object')).toBe(true);
  });

  it('back by three weeks (a clock that ran ahead, set right) repeats nothing, sends no week out of order, and posts on time', async () => {
    const { app, clock, posts, scheduler, runUntil } = await setUp(new Date('2026-11-01T12:05:00Z'));
    const sub = await addSubscription(app.services, '3', {}, new Date('2026-11-01T12:00:00Z'), CHANNEL);
    await runUntil(new Date('2026-11-10T00:00:00Z'));
    clock.now = new Date(clock.now.getTime() + 3 * WEEK);
    await runUntil(new Date(clock.now.getTime() + 24 * HOUR));
    expect(posts.map((p) => p.period)).toEqual(['2026-W45', '2026-W46', '2026-W49']);
    clock.now = new Date(clock.now.getTime() - 3 * WEEK);
    const later = await addSubscription(app.services, '6', {}, clock.now, CHANNEL);
    await runUntil(new Date('2026-12-08T00:00:00Z'));
    await scheduler.stop();
    const of = (id: string) => posts.filter((p) => p.sub === id).map((p) => [p.period, p.riga]);
    // W47 and W48 would come after W49, and W49 again: neither happens; W50 is on time.
    expect(of(sub.id)).toEqual([
      ['2026-W45', '2026-11-02T09:05'],
      ['2026-W46', '2026-11-09T09:05'],
      ['2026-W49', '2026-12-01T02:05'],
      ['2026-W50', '2026-12-07T09:05'],
    ]);
    // The scheduler never stalled: a subscription made after the jump gets every week at its time.
    expect(of(later.id)).toEqual([
      ['2026-W47', '2026-11-16T09:05'],
      ['2026-W48', '2026-11-23T09:05'],
      ['2026-W49', '2026-11-30T09:05'],
      ['2026-W50', '2026-12-07T09:05'],
    ]);
    expect(slack.logs.every((line) => typeof JSON.parse(line) === 'object')).toBe(true);
  });
});
