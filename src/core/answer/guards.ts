/** Word checks a handler makes before it answers as its intent: a total, the action directions themselves. */
import { says } from '../understand/asks-for-list.js';
import type { CueSet } from '../understand/cues.js';
import type { Understanding } from '../understand/understanding.js';

const DIRECTION: CueSet = { prefixes: ['virzien', 'direction'] };
const TOTAL: CueSet = {
  prefixes: ['kopej', 'kopsumm', 'total', 'overall', 'whole', 'visa', 'vises'],
  phrases: ['in total', 'kopa'],
};

export function namesDirections(u: Understanding): boolean {
  return says(u, DIRECTION);
}

export function asksForTotal(u: Understanding): boolean {
  return says(u, TOTAL) || u.documents.includes('programme');
}
