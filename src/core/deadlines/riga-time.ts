/**
 * Instants → calendar dates and wall-clock times in Riga. Deadlines are calendar dates in Latvia, so "today" is
 * the Riga date of the instant the caller passes in (the core never reads the clock itself).
 */
import type { IsoDate } from '../knowledge/model.js';

export const RIGA = 'Europe/Riga';

const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: RIGA,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});

export interface RigaTime {
  date: IsoDate;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The last minute asked about: every answer asks for "now", and formatting is the costly part. Every field depends
 * on the minute alone (time zone offsets are whole minutes), so the remembered result is exact.
 */
let last: { minute: number; time: RigaTime } | undefined;

export function rigaTime(instant: Date): RigaTime {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (last?.minute !== minute) last = { minute, time: formatRiga(instant) };
  return { ...last.time };
}

function formatRiga(instant: Date): RigaTime {
  const parts = Object.fromEntries(FORMAT.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(String(parts.weekday)) + 1,
  };
}

export function rigaDate(instant: Date): IsoDate {
  return rigaTime(instant).date;
}
