import { describe, expect, it } from 'vitest';
import { rigaStamp } from '../../src/core/deadlines/riga-instant.js';
import { isoWeek } from '../../src/core/digest/iso-week.js';
import { addSubscription, instance, tempDir } from './digest-harness.js';

const START = new Date('2026-11-23T00:00:00Z');
const END = new Date('2027-11-22T00:00:00Z');
const TICK_MS = 15 * 60_000;
const RESTART_AT = new Date('2027-06-01T10:07:00Z');

describe('a year of weekly digests', () => {
  it('posts each digest exactly once a week at its Riga time, off holidays, through a restart', async () => {
    const dir = tempDir();
    const clock = { now: START };
    let app = instance(dir, clock, 'first');
    const monday = addSubscription(
      app.services,
      '3',
      { weekday: 1, hour: 9, minute: 0 },
      new Date('2026-11-20T12:00:00Z'),
    );
    const wednesday = addSubscription(
      app.services,
      '6',
      { weekday: 3, hour: 17, minute: 30 },
      new Date('2026-11-20T12:00:00Z'),
    );
    let restarted = false;
    for (let t = START.getTime(); t < END.getTime(); t += TICK_MS) {
      clock.now = new Date(t);
      if (!restarted && clock.now >= RESTART_AT) {
        app.db.close();
        app = instance(dir, clock, 'second');
        restarted = true;
      }
      await app.run(clock.now);
    }
    const posts = app.services.local.list(1000).map((p) => ({
      sub: p.digest.subscriptionId,
      period: p.digest.period,
      riga: rigaStamp(new Date(p.postedAt)),
      utc: p.postedAt,
    }));
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
    const ledger = app.services.ledger.recent(monday.id, 100);
    expect(ledger.every((row) => row.state === 'sent' && row.attempts === 1)).toBe(true);
  }, 120_000);
});
