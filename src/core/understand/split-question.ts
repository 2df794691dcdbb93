/**
 * A question that asks two things ("Kas vada 8. darba grupu un līdz kuram datumam jāiesniedz ziņojums?") splits at
 * a coordinating "un"/"and" followed by a question word. Each part is then answered with its own source.
 */
import { fold } from '../text/fold.js';

const QUESTION_WORDS = [
  'kas',
  'kad',
  'kads',
  'kada',
  'kadi',
  'kadas',
  'kadu',
  'cik',
  'kur',
  'kurs',
  'kura',
  'kuri',
  'kuras',
  'kuram',
  'kurai',
  'lidz kuram',
  'vai',
  'ka',
  'who',
  'what',
  'when',
  'which',
  'where',
  'how',
  'is',
  'are',
  'does',
  'do',
].join('|');
/** ", un kas …", " un cik …", " and which …", " and in how many …" */
const JOINT = new RegExp(
  `[,;]?\\s+(?:un|and)\\s+(?=(?:(?:in|to|for|from|by|ar|par|no|uz)\\s+)?(?:${QUESTION_WORDS})\\b)`,
  'u',
);
/** Each part needs this many words to stand as a question of its own. */
const MIN_WORDS = 3;

export function splitQuestion(text: string): string[] {
  const folded = fold(text);
  // Positions in the folded text are positions in the original only while folding keeps the length.
  if (folded.length !== text.length) return [text];
  const match = JOINT.exec(folded);
  if (!match) return [text];
  const first = text.slice(0, match.index).trim();
  const second = text.slice(match.index + match[0].length).trim();
  const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;
  if (words(first) < MIN_WORDS || words(second) < MIN_WORDS) return [text];
  return [`${first.replace(/[,;]$/u, '')}?`, capitalise(second)];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
