/**
 * A year of weekly digests against the fake Slack API: a fake clock ticks every 15 minutes through 52 weeks, both
 * summer-time changes and Latvian public holidays, with a restart half-way; every post is counted at the fake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/adapters/files/engine-files.js';
import { rigaStamp } from '../../src/core/deadlines/riga-instant.js';
import { isoWeek } from '../../src/core/digest/iso-week.js';
import { type Harness, startHarness } from '../adapters/slack/harness.js';
import { addSubscription, instance, tempDir } from './digest-harness.js';

const START = new Date('2026-11-23T00:00:00Z');
const END = new Date('2027-11-22T00:00:00Z');
const TICK_MS = 15 * 60_000;
const RESTART_AT = new Date('2027-06-01T10:07:00Z');

const CHANNEL = { platform: 'slack' as const, id: 'C0YEAR' };
let slack: Harness;

beforeAll(async () => {
  slack = await startHarness(loadEngine());
});

afterAll(async () => {
  await slack.close();
});

describe('a year of weekly digests', () => {
  it('posts each digest exactly once a week at its Riga time, off holidays, through a restart', async () => {
    const messenger = slack.runtime.messengers.find((m) => m.platform === 'slack');
    if (!messenger) throw new Error('no Slack messenger');
    const dir = tempDir();
    const clock = { now: START };
    const posts: { sub: string; period: string; riga: string; utc: string }[] = [];
    slack.fake.onCall((call) => {
      const mark = (call.params.metadata as { event_payload?: { subscription: string; period: string } } | undefined)
        ?.event_payload;
      if (call.method !== 'chat.postMessage' || !mark) return;
      posts.push({
        sub: mark.subscription,
        period: mark.period,
        riga: rigaStamp(clock.now),
        utc: clock.now.toISOString(),
      });
    });
    let app = instance(dir, clock, 'first', [messenger]);
    const created = new Date('2026-11-20T12:00:00Z');
    const monday = await addSubscription(app.services, '3', { weekday: 1, hour: 9, minute: 0 }, created, CHANNEL);
    const wednesday = await addSubscription(app.services, '6', { weekday: 3, hour: 17, minute: 30 }, created, CHANNEL);
    let restarted = false;
    for (let t = START.getTime(); t < END.getTime(); t += TICK_MS) {
      clock.now = new Date(t);
      if (!restarted && clock.now >= RESTART_AT) {
        app.db.close();
        app = instance(dir, clock, 'second', [messenger]);
        restarted = true;
      }
      await app.run(clock.now);
    }
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(104);
    for (const sub of [monday.id, wednesday.id]) {
      const periods = posts.filter((p) => p.sub === sub).map((p) => p.period);
      expect(periods).toHaveLength(52);
      expect(new Set(periods).size).toBe(52);
    }
    const at = (sub: string, week: string) => posts.find((p) => p.sub === sub && p.period === week);
    // Winter (UTC+2), summer (UTC+3), and back: 09:00 Riga each time.
    expect(at(monday.id, '2027-W02')?.utc).toBe('2027-01-11T07:00:00.000Z');
    expect(at(monday.id, '2027-W20')?.utc).toBe('2027-05-17T06:00:00.000Z');
    expect(at(monday.id, '2027-W45')?.utc).toBe('2027-11-08T07:00:00.000Z');
    // Easter Monday → Tuesday; Midsummer (Wednesday and Thursday) → Friday; 31 December (Thursday) stays a holiday.
    expect(at(monday.id, '2027-W13')?.riga).toBe('2027-03-30T09:00');
    expect(at(wednesday.id, '2027-W25')?.riga).toBe('2027-06-25T17:30');
    expect(at(wednesday.id, isoWeek('2026-12-30'))?.riga).toBe('2026-12-30T17:30');
    // Every post is the first tick at or after its slot.
    for (const post of posts) expect(post.riga.slice(11)).toMatch(/^(09:00|17:30)$/u);
    const ledger = await app.services.ledger.recent(monday.id, 100);
    expect(ledger.every((row) => row.state === 'sent' && row.attempts === 1)).toBe(true);
  }, 120_000);
});
