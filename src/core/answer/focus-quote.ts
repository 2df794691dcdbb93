/**
 * The part of a passage worth quoting: the sentence that shares most of the question's weight, with its
 * neighbours while they fit. A long passage is never cut blindly at its start, where the answer may not be.
 */
import { splitSentences } from '../documents/passages.js';
import { analyze } from '../text/analyze.js';
import type { Concept } from './relevance.js';

/** Quotes stay readable in chat. */
export const MAX_QUOTE_CHARS = 600;

/**
 * `wanted` matches what the question asks for (a year, a sum): a sentence holding it counts a quarter of the
 * question's weight more, so the window moves to the answer rather than to the sentence that repeats the question.
 */
export function focusQuote(text: string, concepts: readonly Concept[], max = MAX_QUOTE_CHARS, wanted?: RegExp): string {
  if (text.length <= max) return text;
  // A sentence too long to quote whole is cut at its clauses, so the window can still move to the answer.
  const sentences = splitSentences(text).flatMap((s) => (s.length > max ? s.split(/(?<=[;:])\s+/u) : [s]));
  if (sentences.length <= 1) return `${text.slice(0, max - 1)}…`;
  const bonus = concepts.reduce((sum, c) => sum + c.weight, 0) / 4;
  const scores = sentences.map((s) => score(s, concepts) + (wanted?.test(s) ? bonus : 0));
  let best = scores.indexOf(Math.max(...scores));
  let start = best;
  let end = best;
  let length = (sentences[best] ?? '').length;
  // Grow around the best sentence, the following one first (answers often continue), while the quote fits.
  for (let grew = true; grew; ) {
    grew = false;
    const next = sentences[end + 1];
    if (next && length + next.length + 1 <= max) {
      end += 1;
      length += next.length + 1;
      grew = true;
    }
    const previous = sentences[start - 1];
    if (previous && length + previous.length + 1 <= max) {
      start -= 1;
      length += previous.length + 1;
      grew = true;
    }
  }
  best = start;
  const quote = sentences.slice(best, end + 1).join(' ');
  return `${start > 0 ? '… ' : ''}${quote.length > max ? `${quote.slice(0, max - 1)}…` : quote}${end < sentences.length - 1 ? ' …' : ''}`;
}

function score(sentence: string, concepts: readonly Concept[]): number {
  const terms = new Set(analyze(sentence));
  return concepts.filter((c) => c.terms.some((t) => terms.has(t))).reduce((s, c) => s + c.weight, 0);
}
