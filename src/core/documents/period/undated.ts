/**
 * A period text without a date: nothing at all ("Termiņš:….."), a standing duty ("pastāvīgi", "ik gadu", "Tā kā
 * darba grupa ir pastāvīga, tai nav nosakāms termiņš."), or words that cannot be read as a deadline.
 */
import type { Period } from '../../knowledge/model.js';
import { type Folded, originalSpan } from './fold.js';
import { ongoingSpans, recurrenceSpans, type Span, saysNothing } from './markers.js';
import { excerpt, noteOutside } from './note.js';

export function undatedPeriod(raw: string, folded: Folded, body: number): Period {
  const text = folded.text;
  if (saysNothing(text.slice(body))) return { kind: 'unknown', problem: 'no deadline given', raw };
  const recurring = recurrenceSpans(text).filter(([start]) => start >= body);
  const ongoing = ongoingSpans(text).filter(([start]) => start >= body);
  if (recurring.length === 0 && ongoing.length === 0) {
    const [start] = originalSpan(folded, [body, body]);
    return { kind: 'unknown', problem: `unreadable: "${excerpt(raw.slice(start))}"`, raw };
  }
  const period: Period = { kind: 'ongoing', raw };
  if (recurring.length > 0) period.recurrence = 'yearly';
  const note = ongoingNote(raw, folded, [[0, body], ...recurring], ongoing);
  if (note !== undefined) period.note = note;
  return period;
}

/** "pastāvīgi" alone needs no note; a sentence around it is kept whole, as it explains the standing duty. */
function ongoingNote(raw: string, folded: Folded, cut: Span[], ongoing: Span[]): string | undefined {
  const toOriginal = (spans: Span[]) => spans.map((span) => originalSpan(folded, span));
  if (noteOutside(raw, toOriginal([...cut, ...ongoing])) === undefined) return undefined;
  return noteOutside(raw, toOriginal(cut));
}
