/**
 * Whether a question asks for a list: a question scored as a list but with no list word ("Cik krīzes situācijās
 * 2025. gadā …?") is a fact to look up in the text, not a list of everything in 2025.
 */
import { fold } from '../text/fold.js';
import { type CueSet, cueHits, foldedWords } from './cues.js';
import type { Understanding } from './understanding.js';

const LIST: CueSet = {
  prefixes: ['sarakst', 'uzskait', 'list'],
  words: [
    'kuri',
    'kuras',
    'kurus',
    'kuriem',
    'kuram',
    'kuras',
    'kadi',
    'kadas',
    'kadus',
    'visi',
    'visus',
    'which',
    'all',
    'whose',
  ],
  phrases: [
    'par ko',
    'what (?:is|are|does) .{1,40} (?:responsible|co-responsible|run|running|in charge)',
    'what (?:is|are) (?:overdue|due|late)',
    'kas (?:ir )?jaizdara',
    'kas (?:ir )?nokavet\\p{L}*',
  ],
};
export function asksForList(u: Understanding): boolean {
  if (u.period?.kind === 'overdue' || u.period?.kind === 'upcoming' || u.statuses.length > 0) return true;
  if (u.references.some((r) => r.kind === 'direction' || r.kind === 'plan-task')) return true;
  const institution = u.institutions.length > 0 || u.followUp;
  if (institution && (u.fields.includes('responsible') || u.fields.includes('coResponsible'))) return true;
  return says(u, LIST);
}

/** Whether the question's words hit these cues. */
export function says(u: Understanding, cues: CueSet): boolean {
  const folded = fold(u.text);
  return cueHits(foldedWords(folded), folded, cues);
}
