/**
 * A period text with dates in it. The first point decides: joined to the next one by a dash or "līdz" it opens a
 * range; otherwise the word before it makes it `from` ("No 2024.gada 2.pusgada") or leaves it `due` ("2023. gada
 * 2.pusgads", "līdz 2026. gada jūnijam"). Later dates ("sākot no 2024.gada ESF+ finansējums") stay in the note.
 */
import { type CalendarDate, toIso } from '../../deadlines/calendar.js';
import type { Period } from '../../knowledge/model.js';
import { finerUnit, lendYears, pointInterval, pointProblem } from './bounds.js';
import { type Folded, originalSpan, originalText } from './fold.js';
import { joinsRange, markerBefore, recurrenceSpans, type Span } from './markers.js';
import { excerpt, noteOutside } from './note.js';
import type { Point } from './points.js';

type YearPoint = Point & { year: number };

export function datedPeriod(raw: string, folded: Folded, body: number, points: readonly Point[]): Period {
  const text = folded.text;
  const [head, next] = points;
  if (!head) return { kind: 'unknown', problem: 'no date found', raw };
  const ranged = next !== undefined && joinsRange(text.slice(head.end, next.start));
  const ends = ranged ? lendYears(head, next) : [head];
  const problem = endsProblem(ends, raw, folded);
  if (problem !== undefined) return { kind: 'unknown', problem, raw };
  const [first, last] = [ends[0], ends[ends.length - 1]] as [YearPoint, YearPoint];
  const marker = markerBefore(text, body, first.start);
  const recurring = recurrenceSpans(text).filter(([start]) => start >= body);
  const consumed: Span[] = [[0, body], [first.start, last.end], ...recurring];
  if (marker?.consumed) consumed.push(marker.consumed);

  const from = pointInterval(first).first;
  const to = pointInterval(last).last;
  const period: Period = ranged
    ? { kind: 'range', start: toIso(from), end: toIso(to), unit: finerUnit(first.unit, last.unit), raw }
    : single(marker?.kind ?? 'due', from, to, first.unit, raw);
  if (recurring.length > 0) period.recurrence = 'yearly';
  const note = noteOutside(
    raw,
    consumed.map((span) => originalSpan(folded, span)),
  );
  if (note !== undefined) period.note = note;
  return period;
}

function single(kind: 'from' | 'due', from: CalendarDate, to: CalendarDate, unit: Point['unit'], raw: string): Period {
  return kind === 'from'
    ? { kind, start: toIso(from), unit, raw }
    : { kind, start: toIso(from), end: toIso(to), unit, raw };
}

/** Why the ends name no real period: a missing year, an impossible date, or an end before the start. */
function endsProblem(ends: readonly Point[], raw: string, folded: Folded): string | undefined {
  for (const end of ends) {
    if (end.year === undefined) {
      return `unreadable: "${excerpt(originalText(raw, folded, [end.start, end.end]))}" names no year`;
    }
    const problem = pointProblem(end);
    if (problem !== undefined) return problem;
  }
  const [first, last] = [ends[0], ends[ends.length - 1]] as [YearPoint, YearPoint];
  const start = toIso(pointInterval(first).first);
  const stop = toIso(pointInterval(last).last);
  return stop < start ? `the period ends (${stop}) before it starts (${start})` : undefined;
}
