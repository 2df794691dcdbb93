/**
 * Digest settings in words, both ways: "otrdienās plkst. 10:30", "Tuesdays at 10:30 (Riga time)" are written
 * for people, and a chat message's day, time, horizon and language are read back ("pirmdienās 8:30",
 * "Tuesday at 10am", "8 nedēļas", "in English"). Reading works on the folded text, so diacritics are optional.
 */
import type { Language } from '../answer/reply.js';
import { fold } from '../text/fold.js';
import type { Schedule } from './schedule.js';

const DAYS_LV = ['pirmdien', 'otrdien', 'tresdien', 'ceturtdien', 'piektdien', 'sestdien', 'svetdien'];
const DAYS_EN = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES = {
  lv: ['pirmdienās', 'otrdienās', 'trešdienās', 'ceturtdienās', 'piektdienās', 'sestdienās', 'svētdienās'],
  en: ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
} as const;

export interface ScheduleChange {
  weekday?: number;
  hour?: number;
  minute?: number;
}

/** The weekday and time a message names; empty when it names neither. */
export function readSchedule(text: string): ScheduleChange {
  const folded = fold(text);
  const weekday = readWeekday(folded);
  const time = readTime(folded);
  return { ...(weekday ? { weekday } : {}), ...(time ?? {}) };
}

function readWeekday(folded: string): number | undefined {
  for (const word of folded.match(/\p{L}+/gu) ?? []) {
    const lv = DAYS_LV.findIndex((d) => word.startsWith(d));
    if (lv >= 0) return lv + 1;
    const en = DAYS_EN.findIndex((d) => word === d || (word.startsWith(d) && /days?$/u.test(word)));
    if (en >= 0) return en + 1;
  }
  return undefined;
}

function readTime(folded: string): { hour: number; minute: number } | undefined {
  const clock = /(?<![\d.])(\d{1,2})[:.](\d{2})(?![\d.])\s*(am|pm)?/u.exec(folded);
  const bare =
    /(?:plkst\.?|pulksten\p{L}*|\bat)\s*(\d{1,2})(?![\d.:])\s*(am|pm)?|(?<![\d.])(\d{1,2})\s*(am|pm)\b/u.exec(folded);
  let hour: number | undefined;
  let minute = 0;
  let half: string | undefined;
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
    half = clock[3];
  } else if (bare) {
    hour = Number(bare[1] ?? bare[3]);
    half = bare[2] ?? bare[4];
  }
  if (hour === undefined) return undefined;
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

/** "8 nedēļas" / "6 weeks" / "30 dienas" → days; undefined when the message names no horizon. */
export function readHorizonDays(text: string): number | undefined {
  const folded = fold(text);
  const weeks = /(?<![\d.])(\d{1,2})\s*(?:ned\p{L}*|weeks?|wk)\b/u.exec(folded);
  if (weeks) return Number(weeks[1]) * 7;
  const days = /(?<![\d.])(\d{1,3})\s*(?:dien\p{L}*|days?)\b/u.exec(folded);
  return days ? Number(days[1]) : undefined;
}

/** The language a message asks the digest in ("angliski", "in English"). */
export function readLanguage(text: string): Language | undefined {
  const folded = fold(text);
  if (/\b(?:angliski|anglu valod\p{L}*|in english|english)\b/u.test(folded)) return 'en';
  if (/\b(?:latviski|latviesu valod\p{L}*|in latvian|latvian)\b/u.test(folded)) return 'lv';
  return undefined;
}

export function describeSchedule(schedule: Schedule, lang: Language): string {
  const time = `${String(schedule.hour).padStart(2, '0')}:${String(schedule.minute).padStart(2, '0')}`;
  const day = DAY_NAMES[lang][schedule.weekday - 1];
  return lang === 'lv' ? `${day} plkst. ${time} (Rīgas laikā)` : `${day} at ${time} (Riga time)`;
}

export function describeHorizon(days: number, lang: Language): string {
  if (days % 7 === 0) {
    const weeks = days / 7;
    if (lang === 'en') return weeks === 1 ? 'the next week' : `the next ${weeks} weeks`;
    return weeks === 1 ? 'nākamā nedēļa' : `nākamās ${weeks} nedēļas`;
  }
  return lang === 'lv' ? `nākamās ${days} dienas` : `the next ${days} days`;
}
