/**
 * One slow platform call holds up nothing else, and shutdown is prompt: a channel whose post never answers is
 * bounded by the call timeout while the other channels post; SIGTERM's stop during retries, or during a call that
 * hangs, returns within 10 s and leaves the claim for the next start, which finishes the digest once. Through the
 * real SlackMessenger to the fake Slack API, with real waits in the scheduler.
 */
import { describe, expect, it } from 'vitest';
import { startDigestScheduler } from '../../src/adapters/scheduler/digest-scheduler.js';
import { openDatabase } from '../../src/adapters/store/database.js';
import { startTeams } from '../../src/adapters/teams/start-teams.js';
import type { Messenger } from '../../src/app/ports.js';
import { postJson, startHarness as startTeamsHarness } from '../adapters/teams/runtime-harness.js';
import { FakeBotConnector } from '../fakes/fake-bot-connector.js';
import type { FakeSlackApi } from '../fakes/fake-slack-api.js';
import { teamInstall } from '../fixtures/teams/activities.js';
import {
  addSubscription,
  type Instance,
  instance,
  QUIET_LOG,
  sharedEngine,
  slackPerTest,
  tempDir,
} from './digest-harness.js';

const CREATED = new Date('2026-11-20T12:00:00Z');
/** Monday 2026-11-23 09:05 in Riga (UTC+2). */
const MONDAY = new Date('2026-11-23T07:05:00Z');
const target = (id: string) => ({ platform: 'slack' as const, id });
const never = new Promise<void>(() => {});
const manualTicker = () => () => {};

const slackAt = slackPerTest();

function digestsIn(fake: FakeSlackApi, channel: string): number {
  return fake.messagesIn(channel).filter((m) => m.metadata).length;
}

function scheduler(app: Instance, messenger: Messenger, owner: string, clock: { now: Date }) {
  return startDigestScheduler(
    {
      subscriptions: app.services.subscriptions,
      ledger: app.services.ledger,
      messengers: [messenger],
      compose: app.services.compose,
      owner,
      log: QUIET_LOG,
      clock: () => clock.now,
    },
    manualTicker,
  );
}

/** Resolves with how `work` ended, or 'still running' once `ms` pass: a bound, not a measurement. */
function within(ms: number, work: Promise<unknown>): Promise<string> {
  return Promise.race([
    work.then(() => 'done'),
    new Promise<string>((resolve) => setTimeout(() => resolve('still running'), ms)),
  ]);
}

describe('a platform call that never answers', () => {
  it('delays no other channel, is bounded by the timeout, and its channel still gets one digest', async () => {
    const clock = { now: MONDAY };
    const { fake, messenger } = await slackAt(clock);
    const app = instance(tempDir(), clock, 'one', [messenger]);
    for (const [group, channel] of [
      ['3', 'C0SLOW'],
      ['6', 'C0FAST1'],
      ['1', 'C0FAST2'],
    ] as const)
      await addSubscription(app.services, group, {}, CREATED, target(channel));
    fake.hold('chat.postMessage', never, (call) => call.params.channel === 'C0SLOW');
    let finished = false;
    const run = app.run(clock.now, { callTimeoutMs: 1500 }).finally(() => {
      finished = true;
    });
    await fake.waitFor(
      () => digestsIn(fake, 'C0FAST1') === 1 && digestsIn(fake, 'C0FAST2') === 1,
      'the fast channels posted',
    );
    expect(finished).toBe(false);
    const results = await run;
    expect(results.map((r) => r.outcome)).toEqual(['sent', 'sent', 'sent']);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C0SLOW')).toHaveLength(2);
    for (const channel of ['C0SLOW', 'C0FAST1', 'C0FAST2']) expect(digestsIn(fake, channel)).toBe(1);
  });
});

describe('shutdown', () => {
  it('during retries returns within 10 s, and the restart finishes the digest once', async () => {
    const clock = { now: MONDAY };
    const { fake, messenger } = await slackAt(clock);
    const dir = tempDir();
    const first = instance(dir, clock, 'first', [messenger]);
    const sub = await addSubscription(first.services, '3', {}, CREATED, target('C0DIGEST'));
    // Slack stores the post but the answer is an error: the scheduler waits to retry (5 s, then more).
    fake.failNext('chat.postMessage', { status: 503, body: { ok: false }, afterEffect: true });
    const running = scheduler(first, messenger, 'first', clock);
    await fake.waitForCall('chat.postMessage');
    expect(await within(10_000, running.stop())).toBe('done');
    const row = await first.services.ledger.get(sub.id, '2026-W48');
    expect(row).toMatchObject({ state: 'claimed', attempts: 1 });
    expect(new Date(row?.leaseUntil ?? '').getTime()).toBeLessThanOrEqual(clock.now.getTime());
    first.db.close();

    clock.now = new Date(MONDAY.getTime() + 60_000);
    const restarted = instance(dir, clock, 'second', [messenger]);
    const [result] = await restarted.run(clock.now);
    expect(result?.outcome).toBe('found');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(digestsIn(fake, 'C0DIGEST')).toBe(1);
    expect((await restarted.services.ledger.get(sub.id, '2026-W48'))?.state).toBe('sent');
  });

  it('during a call that hangs returns within 10 s, and the restart posts the digest once', async () => {
    const clock = { now: MONDAY };
    const { fake, messenger } = await slackAt(clock);
    const dir = tempDir();
    const first = instance(dir, clock, 'first', [messenger]);
    await addSubscription(first.services, '3', {}, CREATED, target('C0DIGEST'));
    fake.hold('chat.postMessage', never);
    const running = scheduler(first, messenger, 'first', clock);
    await fake.waitForCall('chat.postMessage');
    expect(await within(10_000, running.stop())).toBe('done');
    first.db.close();

    const restarted = instance(dir, clock, 'second', [messenger]);
    expect((await restarted.run(clock.now)).map((r) => r.outcome)).toEqual(['sent']);
    expect(digestsIn(fake, 'C0DIGEST')).toBe(1);
  });

  it('on Teams, during retries after an error answer, leaves a claim the restart posts once', async () => {
    const connector = await new FakeBotConnector().start();
    const dir = tempDir();
    const teams = await startTeamsHarness({ engine: sharedEngine(), db: openDatabase(dir), adapters: [startTeams] });
    try {
      for (const activity of teamInstall(connector.url)) await postJson(`${teams.url}/api/messages`, activity);
      const messenger = teams.runtime.messengers.find((m) => m.platform === 'teams') as Messenger;
      const clock = { now: MONDAY };
      const first = instance(dir, clock, 'first', [messenger]);
      const sub = await addSubscription(first.services, '3', {}, CREATED, {
        platform: 'teams',
        id: 'teams:19:team-general@thread.tacv2',
      });
      const before = connector.activities().length;
      connector.failNext(503);
      const running = scheduler(first, messenger, 'first', clock);
      await fakeWait(() => connector.activities().length > before);
      // The 503 reached the fake; on a busy machine its answer may not have reached the client yet.
      await fakeWait(async () => (await first.services.ledger.get(sub.id, '2026-W48'))?.inDoubt === false);
      expect(await within(10_000, running.stop())).toBe('done');
      expect(await first.services.ledger.get(sub.id, '2026-W48')).toMatchObject({ state: 'claimed', inDoubt: false });

      const restarted = instance(dir, clock, 'second', [messenger]);
      expect((await restarted.run(clock.now)).map((r) => r.outcome)).toEqual(['sent']);
      expect(connector.activities().length - before).toBe(2);
    } finally {
      await teams.stop();
      await connector.stop();
    }
  });
});

async function fakeWait(seen: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500 && !(await seen()); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!(await seen())) throw new Error('the fake never saw the call');
}
