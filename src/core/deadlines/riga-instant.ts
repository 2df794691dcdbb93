/**
 * Riga wall-clock times → instants, the inverse of riga-time. A digest is due at "09:00 in Riga" whatever the
 * season, so schedules are kept in wall-clock terms and turned into an instant only where one is needed (to
 * say when the next digest goes, to drive a test clock). Both directions go through Intl, so the tz database
 * decides the offset and summer time never shifts the hour.
 */
import type { IsoDate } from '../knowledge/model.js';
import { fromIso } from './calendar.js';
import { rigaTime } from './riga-time.js';

const MINUTE = 60_000;

/** The instant when Riga's clocks show the date and time; in the spring gap (03:00–04:00), the hour after. */
export function rigaInstant(date: IsoDate, hour: number, minute: number): Date {
  const d = fromIso(date);
  if (!d) throw new Error(`not a calendar date: ${date}`);
  const wanted = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  // Riga is UTC+2 or UTC+3: start from +2 and correct by what the clock actually shows (twice covers DST edges).
  let guess = wanted - 2 * 60 * MINUTE;
  for (let i = 0; i < 2; i++) {
    const shown = wallClockMs(new Date(guess));
    if (shown === wanted) break;
    guess += wanted - shown;
  }
  return new Date(guess);
}

/** "2027-03-29T09:00" for an instant, as Riga's clocks show it: comparable as a string. */
export function rigaStamp(instant: Date): string {
  const t = rigaTime(instant);
  return `${t.date}T${pad(t.hour)}:${pad(t.minute)}`;
}

export function stamp(date: IsoDate, hour: number, minute: number): string {
  return `${date}T${pad(hour)}:${pad(minute)}`;
}

function wallClockMs(instant: Date): number {
  const t = rigaTime(instant);
  const d = fromIso(t.date);
  if (!d) throw new Error(`Intl gave no date for ${instant.toISOString()}`);
  return Date.UTC(d.year, d.month - 1, d.day, t.hour, t.minute);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
