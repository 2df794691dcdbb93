import { describe, expect, it } from 'vitest';
import { rigaTime } from '../../../src/core/deadlines/riga-time.js';

describe('rigaTime', () => {
  it('tells instants of the same minute alike and the next minute apart, across midnight and a DST change', () => {
    expect(rigaTime(new Date('2026-03-29T00:59:10Z'))).toEqual({ date: '2026-03-29', hour: 2, minute: 59, weekday: 7 });
    expect(rigaTime(new Date('2026-03-29T00:59:50Z'))).toEqual({ date: '2026-03-29', hour: 2, minute: 59, weekday: 7 });
    expect(rigaTime(new Date('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', hour: 4, minute: 0, weekday: 7 });
    expect(rigaTime(new Date('2026-12-31T21:59:59Z'))).toEqual({
      date: '2026-12-31',
      hour: 23,
      minute: 59,
      weekday: 4,
    });
    expect(rigaTime(new Date('2026-12-31T22:00:00Z'))).toEqual({ date: '2027-01-01', hour: 0, minute: 0, weekday: 5 });
  });

  it('gives each caller its own object', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const first = rigaTime(now);
    first.hour = 99;
    expect(rigaTime(now).hour).toBe(12);
  });

  it('still refuses an invalid date', () => {
    expect(() => rigaTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
