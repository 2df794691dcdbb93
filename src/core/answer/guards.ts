/**
 * Word checks a handler makes before it answers as its intent: a question scored as a list but with no list word
 * ("Cik krīzes situācijās 2025. gadā …?") is a fact to look up in the text, not a list of everything in 2025.
 */
import { fold } from '../text/fold.js';
import { type CueSet, cueHits, foldedWords } from '../understand/cues.js';
import type { Understanding } from '../understand/understanding.js';

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
const DIRECTION: CueSet = { prefixes: ['virzien', 'direction'] };
const TOTAL: CueSet = {
  prefixes: ['kopej', 'kopsumm', 'total', 'overall', 'whole', 'visa', 'vises'],
  phrases: ['in total', 'kopa'],
};

function check(u: Understanding, cues: CueSet): boolean {
  const folded = fold(u.text);
  return cueHits(foldedWords(folded), folded, cues);
}

export function asksForList(u: Understanding): boolean {
  if (u.period?.kind === 'overdue' || u.period?.kind === 'upcoming' || u.statuses.length > 0) return true;
  if (u.references.some((r) => r.kind === 'direction' || r.kind === 'plan-task')) return true;
  const institution = u.institutions.length > 0 || u.followUp;
  if (institution && (u.fields.includes('responsible') || u.fields.includes('coResponsible'))) return true;
  return check(u, LIST);
}

export function namesDirections(u: Understanding): boolean {
  return check(u, DIRECTION);
}

export function asksForTotal(u: Understanding): boolean {
  return check(u, TOTAL) || u.documents.includes('programme');
}
