/**
 * Never repost when unsure: a post Slack stored but whose answer was lost, followed by a history check that
 * fails, is deferred rather than posted again; a crash in a busy channel is found however many messages came
 * after it, by reading history from the claim's first attempt page by page. Through the real SlackMessenger to
 * the fake Slack API, with the instances on a real SQLite file.
 */
import { describe, expect, it } from 'vitest';
import { addSubscription, instance, outcomes, slackPerTest, tempDir } from './digest-harness.js';

const CREATED = new Date('2026-11-20T12:00:00Z');
/** Monday 2026-11-23 09:05 in Riga (UTC+2). */
const MONDAY = new Date('2026-11-23T07:05:00Z');
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);
const SLACK = { platform: 'slack' as const, id: 'C0BUSY' };
const LEASE = 20 * 60_000;

const slackAt = slackPerTest();

const serverError = { status: 500, body: { ok: false, error: 'internal_error' } };

describe('a history check that cannot answer', () => {
  it('defers after a stored post whose answer was lost, and the next tick finds it: one post', async () => {
    const clock = { now: MONDAY };
    const { fake, messenger } = await slackAt(clock);
    const app = instance(tempDir(), clock, 'one', [messenger]);
    const sub = await addSubscription(app.services, '3', {}, CREATED, SLACK);
    fake.failNext('chat.postMessage', { ...serverError, afterEffect: true });
    fake.failNext('conversations.history', serverError);

    expect(outcomes(await app.run(clock.now))).toEqual(['deferred']);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await app.services.ledger.get(sub.id, '2026-W48')).toMatchObject({ state: 'claimed', attempts: 1 });

    clock.now = minutes(MONDAY, 1);
    const [next] = await app.run(clock.now);
    expect(next?.outcome).toBe('found');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await app.services.ledger.get(sub.id, '2026-W48')).toMatchObject({
      state: 'sent',
      messageId: next?.messageId,
    });
    expect(outcomes(await app.run(minutes(MONDAY, 2)))).toEqual(['done-before']);
  });

  it('keeps deferring while the check keeps failing, and posts once it says the digest is not there', async () => {
    const clock = { now: MONDAY };
    const { fake, messenger } = await slackAt(clock);
    const app = instance(tempDir(), clock, 'one', [messenger]);
    await addSubscription(app.services, '3', {}, CREATED, SLACK);
    fake.failNext('chat.postMessage', serverError);
    for (let i = 0; i < 3; i++) fake.failNext('conversations.history', serverError);
    expect(outcomes(await app.run(clock.now))).toEqual(['deferred']);
    for (const n of [1, 2]) expect(outcomes(await app.run(minutes(MONDAY, n)))).toEqual(['deferred']);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(outcomes(await app.run(minutes(MONDAY, 3)))).toEqual(['sent']);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
  });
});

describe('a crash in a busy channel', () => {
  for (const after of [150, 450]) {
    it(`finds the digest under ${after} newer messages, reading only since the first attempt`, async () => {
      const clock = { now: minutes(MONDAY, -60 * 24) };
      const { fake, messenger } = await slackAt(clock);
      fake.addUserMessages(SLACK.id, 300);
      clock.now = MONDAY;
      const app = instance(tempDir(), clock, 'survivor', [messenger]);
      const sub = await addSubscription(app.services, '3', {}, CREATED, SLACK);
      // The instance that died: claimed, began its attempt, posted, and never recorded it.
      const { ledger } = app.services;
      await ledger.claim(sub.id, '2026-W48', 'dead', MONDAY.toISOString(), MONDAY, LEASE);
      await ledger.startAttempt(sub.id, '2026-W48', 'dead', MONDAY, LEASE);
      const digest = await app.services.compose(sub, MONDAY, '2026-W48', []);
      const posted = await messenger.postDigest(SLACK, digest, { subscriptionId: sub.id, period: '2026-W48' });
      clock.now = minutes(MONDAY, 2);
      fake.addUserMessages(SLACK.id, after);

      clock.now = minutes(MONDAY, 25);
      const [result] = await app.run(clock.now);
      expect(result).toMatchObject({ outcome: 'found', messageId: posted.messageId });
      expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
      const reads = fake.callsTo('conversations.history');
      expect(reads.length).toBe(Math.ceil((after + 1) / 200));
      const oldest = Number(reads[0]?.params.oldest);
      expect(oldest).toBeGreaterThan(MONDAY.getTime() / 1000 - 3600);
      expect(oldest).toBeLessThanOrEqual(MONDAY.getTime() / 1000);
    });
  }
});
