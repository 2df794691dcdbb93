/**
 * When a subscription's digest is due: once per ISO week, on its weekday at its Riga wall-clock time, moved to
 * the next working day when that weekday is a weekend or a Latvian public holiday. Times are compared as Riga
 * wall-clock stamps, so the summer-time changes never move 09:00 Riga; the week is the ledger's key.
 */
import { z } from 'zod';
import { rigaStamp, stamp } from '../deadlines/riga-instant.js';
import { addDays } from '../deadlines/semantics.js';
import type { IsoDate } from '../knowledge/model.js';
import { isoWeek, mondayOf, mondayOfWeek } from './iso-week.js';
import { LATVIA, onOrAfterWorkingDay, type WorkingDays } from './working-days.js';

export const ScheduleSchema = z.object({
  /** 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

/** Mondays at 09:00 Riga time. */
export const DEFAULT_SCHEDULE: Schedule = { weekday: 1, hour: 9, minute: 0 };

export interface Slot {
  /** The ISO week of the scheduled day: one digest per subscription per week. */
  period: string;
  /** The scheduled day of that week. */
  nominal: IsoDate;
  /** The day it goes out: the scheduled day, or the next working day after it. */
  date: IsoDate;
  /** "2027-03-30T09:00", Riga wall clock. */
  at: string;
  /** Why it moved: the holiday's name, or "weekend". */
  movedBecause?: string;
}

export function slotOfWeek(schedule: Schedule, week: string, days: WorkingDays = LATVIA): Slot {
  const nominal = addDays(mondayOfWeek(week), schedule.weekday - 1);
  const date = onOrAfterWorkingDay(nominal, days);
  const moved = date === nominal ? undefined : (days.holiday(nominal) ?? 'weekend');
  return {
    period: week,
    nominal,
    date,
    at: stamp(date, schedule.hour, schedule.minute),
    ...(moved ? { movedBecause: moved } : {}),
  };
}

/** The most recent slot whose time has come (the one to send, or to catch up on after downtime). */
export function latestDueSlot(schedule: Schedule, now: Date, days: WorkingDays = LATVIA): Slot | undefined {
  const nowStamp = rigaStamp(now);
  const due = weeksAround(nowStamp.slice(0, 10), [-2, -1, 0])
    .map((week) => slotOfWeek(schedule, week, days))
    .filter((slot) => slot.at <= nowStamp);
  return due.sort((a, b) => (a.at < b.at ? 1 : -1))[0];
}

/** The first slot still to come. */
export function nextSlot(schedule: Schedule, now: Date, days: WorkingDays = LATVIA): Slot {
  const nowStamp = rigaStamp(now);
  const upcoming = weeksAround(nowStamp.slice(0, 10), [-1, 0, 1, 2])
    .map((week) => slotOfWeek(schedule, week, days))
    .filter((slot) => slot.at > nowStamp);
  const first = upcoming.sort((a, b) => (a.at < b.at ? -1 : 1))[0];
  if (!first) throw new Error('no upcoming slot within three weeks');
  return first;
}

function weeksAround(date: IsoDate, offsets: number[]): string[] {
  const monday = mondayOf(date);
  return offsets.map((o) => isoWeek(addDays(monday, o * 7)));
}
