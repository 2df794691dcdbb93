import { describe, expect, it } from 'vitest';
import { rigaInstant } from '../../../src/core/deadlines/riga-instant.js';
import { isoWeek } from '../../../src/core/digest/iso-week.js';
import { latestDueSlot, nextSlot, slotOfWeek } from '../../../src/core/digest/schedule.js';
import { readHorizonDays, readLanguage, readSchedule } from '../../../src/core/digest/schedule-words.js';

const MONDAY_9 = { weekday: 1, hour: 9, minute: 0 };

describe('digest schedule', () => {
  it('moves a digest off Easter Monday 2027 to Tuesday, at the same Riga time', () => {
    const slot = slotOfWeek(MONDAY_9, '2027-W13');
    expect(slot.nominal).toBe('2027-03-29');
    expect(slot.date).toBe('2027-03-30');
    expect(slot.at).toBe('2027-03-30T09:00');
    expect(slot.movedBecause).toBeDefined();
  });

  it('moves a Wednesday digest off 18 November (Proclamation Day) to Thursday', () => {
    const slot = slotOfWeek({ weekday: 3, hour: 9, minute: 0 }, isoWeek('2026-11-18'));
    expect(slot.date).toBe('2026-11-19');
  });

  it('keeps 09:00 Riga across both summer-time changes (UTC+2 in winter, UTC+3 in summer)', () => {
    expect(rigaInstant('2027-03-22', 9, 0).toISOString()).toBe('2027-03-22T07:00:00.000Z');
    expect(rigaInstant('2027-04-05', 9, 0).toISOString()).toBe('2027-04-05T06:00:00.000Z');
    expect(rigaInstant('2027-11-01', 9, 0).toISOString()).toBe('2027-11-01T07:00:00.000Z');
  });

  it('finds the latest due slot and the next one', () => {
    const before = new Date('2026-11-23T06:59:00Z');
    const after = new Date('2026-11-23T07:00:00Z');
    expect(latestDueSlot(MONDAY_9, before)?.period).toBe('2026-W47');
    expect(latestDueSlot(MONDAY_9, after)?.period).toBe('2026-W48');
    expect(nextSlot(MONDAY_9, before).at).toBe('2026-11-23T09:00');
    expect(nextSlot(MONDAY_9, after).at).toBe('2026-11-30T09:00');
  });
});

describe('reading digest settings from chat', () => {
  it.each([
    ['Mainīt kopsavilkuma laiku uz otrdienām 10:00', { weekday: 2, hour: 10, minute: 0 }],
    ['Sūtīt kopsavilkumu piektdienās plkst. 8.30', { weekday: 5, hour: 8, minute: 30 }],
    ['pārcelt kopsavilkumu uz tresdienu', { weekday: 3 }],
    ['Send the digest on Tuesdays at 10:30', { weekday: 2, hour: 10, minute: 30 }],
    ['digest at 10am please', { hour: 10, minute: 0 }],
    ['digest at 2pm on thursday', { weekday: 4, hour: 14, minute: 0 }],
    ['Mainīt kopsavilkuma periodu uz 8 nedēļām', {}],
  ])('%s', (text, expected) => {
    expect(readSchedule(text)).toEqual(expected);
  });

  it('reads a horizon and a language', () => {
    expect(readHorizonDays('periodu uz 8 nedēļām')).toBe(56);
    expect(readHorizonDays('change the digest horizon to 6 weeks')).toBe(42);
    expect(readHorizonDays('nakamas 30 dienas')).toBe(30);
    expect(readHorizonDays('otrdienās 10:00')).toBeUndefined();
    expect(readLanguage('Kopsavilkumu turpmāk angliski')).toBe('en');
    expect(readLanguage('send the digest in Latvian')).toBe('lv');
    expect(readLanguage('otrdienās 10:00')).toBeUndefined();
  });
});
