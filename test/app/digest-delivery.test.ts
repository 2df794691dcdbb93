/**
 * Exactly once when things go wrong: a crash between posting and recording, two instances on one database file,
 * Slack's 429s, a channel the bot cannot post to, downtime. Slack digests go through the real SlackMessenger to the
 * fake Slack API; the instances share a real SQLite file.
 */
import { describe, expect, it } from 'vitest';
import { alertAdmins } from '../../src/app/alert-admins.js';
import type { DigestFailure } from '../../src/app/run-digests.js';
import { addSubscription, instance, outcomes, QUIET_LOG, slackPerTest, tempDir } from './digest-harness.js';

const CREATED = new Date('2026-11-20T12:00:00Z');
/** Monday 2026-11-23 09:05 in Riga (UTC+2). */
const MONDAY = new Date('2026-11-23T07:05:00Z');
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);
const SLACK = { platform: 'slack' as const, id: 'C0DIGEST' };

const slackMessenger = slackPerTest();

describe('a crash between posting and recording', () => {
  it('is found in the Slack channel by its metadata and not posted again', async () => {
    const clock = { now: MONDAY };
    const { fake, messenger } = await slackMessenger(clock);
    const dir = tempDir();
    const app = instance(dir, clock, 'survivor', [messenger]);
    const sub = await addSubscription(app.services, '3', {}, CREATED, SLACK);
    // The instance that died: claimed, counted its attempt, posted, and never recorded it.
    const { ledger } = app.services;
    expect((await ledger.claim(sub.id, '2026-W48', 'dead', MONDAY.toISOString(), MONDAY, 20 * 60_000)).claimed).toBe(
      true,
    );
    expect(await ledger.startAttempt(sub.id, '2026-W48', 'dead', MONDAY, 20 * 60_000)).toBe(true);
    const digest = await app.services.compose(sub, MONDAY, '2026-W48', []);
    const posted = await messenger.postDigest(SLACK, digest, { subscriptionId: sub.id, period: '2026-W48' });

    clock.now = minutes(MONDAY, 5);
    expect(outcomes(await app.run(clock.now))).toEqual(['held-elsewhere']);
    clock.now = minutes(MONDAY, 25);
    const [after] = await app.run(clock.now);
    expect(after).toMatchObject({ outcome: 'found', messageId: posted.messageId, period: '2026-W48' });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(fake.callsTo('conversations.history')).toHaveLength(1);
    expect(await ledger.get(sub.id, '2026-W48')).toMatchObject({ state: 'sent', messageId: posted.messageId });
    expect(outcomes(await app.run(minutes(MONDAY, 60)))).toEqual(['done-before']);
  });

  it('posts when the dead instance had not reached the channel', async () => {
    const { fake, messenger } = await slackMessenger();
    const clock = { now: MONDAY };
    const app = instance(tempDir(), clock, 'survivor', [messenger]);
    const sub = await addSubscription(app.services, '3', {}, CREATED, SLACK);
    await app.services.ledger.claim(sub.id, '2026-W48', 'dead', MONDAY.toISOString(), MONDAY, 20 * 60_000);
    await app.services.ledger.startAttempt(sub.id, '2026-W48', 'dead', MONDAY, 20 * 60_000);
    clock.now = minutes(MONDAY, 25);
    expect(outcomes(await app.run(clock.now))).toEqual(['sent']);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')[0]?.params.metadata).toEqual({
      event_type: 'weekly_digest',
      event_payload: { subscription: sub.id, period: '2026-W48' },
    });
  });
});

describe('two instances sharing the database file', () => {
  it('post each digest once, even while Slack is slow to answer', async () => {
    const { fake, messenger } = await slackMessenger();
    const dir = tempDir();
    const clock = { now: MONDAY };
    const one = instance(dir, clock, 'one', [messenger]);
    const two = instance(dir, clock, 'two', [messenger]);
    await addSubscription(one.services, '3', {}, CREATED, SLACK);
    await addSubscription(one.services, '6', {}, CREATED, SLACK);
    let release = () => {};
    fake.hold('chat.postMessage', new Promise<void>((resolve) => (release = resolve)));
    const both = Promise.all([one.run(MONDAY), two.run(MONDAY)]);
    await fake.waitForCall('chat.postMessage');
    release();
    const [first, second] = await both;
    const all = [...outcomes(first), ...outcomes(second)];
    expect(all.filter((o) => o === 'sent')).toHaveLength(2);
    expect(all.filter((o) => o !== 'sent').every((o) => o === 'held-elsewhere' || o === 'done-before')).toBe(true);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(outcomes(await two.run(minutes(MONDAY, 30)))).toEqual(['done-before', 'done-before']);
  });
});

describe('platform failures', () => {
  it('waits as long as a 429 asks and posts on the next attempt', async () => {
    const { fake, messenger } = await slackMessenger();
    const clock = { now: MONDAY };
    const app = instance(tempDir(), clock, 'one', [messenger]);
    const sub = await addSubscription(app.services, '3', {}, CREATED, SLACK);
    fake.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '2' }, body: { ok: false } });
    const [result] = await app.run(MONDAY);
    expect(result?.outcome).toBe('sent');
    expect(app.sleeps).toEqual([2000]);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
    expect(await app.services.ledger.get(sub.id, '2026-W48')).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('gives up on a channel the bot is not in, alerts, and tells the channel in the next digest', async () => {
    const { fake, messenger } = await slackMessenger();
    const clock = { now: MONDAY };
    const app = instance(tempDir(), clock, 'one', [messenger]);
    const sub = await addSubscription(app.services, '3', {}, CREATED, SLACK);
    fake.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    const alerts: DigestFailure[] = [];
    const told: Promise<string[]>[] = [];
    const admins = new Set(['U0ADMIN', 'teams-user-1']);
    const alert = (f: DigestFailure) => {
      alerts.push(f);
      told.push(alertAdmins(f, { admins, messengers: [messenger], ledger: app.services.ledger, log: QUIET_LOG }));
    };
    const [failed] = await app.run(MONDAY, { alert });
    expect(failed).toMatchObject({ outcome: 'failed' });
    expect(failed?.error).toContain('not_in_channel');
    expect(app.sleeps).toEqual([]);
    expect(alerts.map((a) => [a.subscription.id, a.period])).toEqual([[sub.id, '2026-W48']]);
    expect(await Promise.all(told)).toEqual([['U0ADMIN']]);
    const dm = fake.callsTo('chat.postMessage').find((c) => c.params.channel === 'U0ADMIN');
    expect(String(dm?.params.text)).toContain(
      `Termiņu kopsavilkumu “${sub.id}” (slack:C0DIGEST, 2026. gada 23. novembra)`,
    );
    expect(String(dm?.params.text)).toContain('not_in_channel');
    expect(outcomes(await app.run(minutes(MONDAY, 60)))).toEqual(['done-before']);

    const nextWeek = minutes(MONDAY, 7 * 24 * 60);
    clock.now = nextWeek;
    expect(outcomes(await app.run(nextWeek))).toEqual(['sent']);
    const blocks = JSON.stringify(fake.callsTo('chat.postMessage').at(-1)?.params.blocks);
    expect(blocks).toContain('2026. gada 23. novembra kopsavilkumu neizdevās nosūtīt');
    expect(blocks).toContain('not_in_channel');
    expect(await app.services.ledger.unreportedFailures(sub.id)).toEqual([]);
    clock.now = minutes(nextWeek, 7 * 24 * 60);
    await app.run(clock.now);
    expect(JSON.stringify(fake.callsTo('chat.postMessage').at(-1)?.params.blocks)).not.toContain('neizdevās');
  });

  it('retries server errors with growing waits and fails after the last attempt', async () => {
    const { fake, messenger } = await slackMessenger();
    const clock = { now: MONDAY };
    const app = instance(tempDir(), clock, 'one', [messenger]);
    await addSubscription(app.services, '3', {}, CREATED, SLACK);
    for (let i = 0; i < 4; i++) fake.failNext('chat.postMessage', { status: 503, body: { ok: false } });
    const [result] = await app.run(MONDAY, { retry: { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 10_000 } });
    expect(result?.outcome).toBe('failed');
    expect(app.sleeps).toEqual([1000, 4000, 10_000]);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(4);
  });
});

describe('a restart', () => {
  it('during the due hour does not send the digest again', async () => {
    const dir = tempDir();
    const clock = { now: MONDAY };
    const before = instance(dir, clock, 'before');
    await addSubscription(before.services, '3', {}, CREATED);
    expect(outcomes(await before.run(MONDAY))).toEqual(['sent']);
    before.db.close();
    clock.now = minutes(MONDAY, 20);
    const after = instance(dir, clock, 'after');
    expect(outcomes(await after.run(clock.now))).toEqual(['done-before']);
    expect(await after.services.local.list(10)).toHaveLength(1);
  });
});

describe('downtime', () => {
  it('sends only the latest missed digest on start-up, and none from before the subscription existed', async () => {
    const clock = { now: MONDAY };
    const app = instance(tempDir(), clock, 'one');
    const sub = await addSubscription(app.services, '3', {}, CREATED);
    const late = await addSubscription(app.services, '6', {}, minutes(MONDAY, 30));
    // Down from Sunday 22 November until Wednesday 9 December.
    clock.now = new Date('2026-12-09T10:00:00Z');
    const results = await app.run(clock.now);
    expect(results.map((r) => [r.subscriptionId, r.outcome, r.period])).toEqual([
      [sub.id, 'sent', '2026-W50'],
      [late.id, 'sent', '2026-W50'],
    ]);
    expect(await app.services.local.list(10)).toHaveLength(2);
    const fresh = await addSubscription(app.services, '1', {}, clock.now);
    const again = await app.run(minutes(clock.now, 1));
    expect(again.find((r) => r.subscriptionId === fresh.id)?.outcome).toBe('not-due');
    expect(again.filter((r) => r.outcome === 'sent')).toEqual([]);
  });

  it('lets nothing run before the schedule: a Monday subscription is not due on Sunday', async () => {
    const clock = { now: new Date('2026-11-22T12:00:00Z') };
    const app = instance(tempDir(), clock, 'one');
    await addSubscription(app.services, '3', {}, CREATED);
    expect(outcomes(await app.run(clock.now))).toEqual(['not-due']);
    expect(outcomes(await app.run(minutes(MONDAY, -6)))).toEqual(['not-due']);
    expect(outcomes(await app.run(minutes(MONDAY, -5)))).toEqual(['sent']);
  });
});
