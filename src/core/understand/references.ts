/**
 * Numbered things a question names: "4.4.5", "Nr. 4.4.5.", "pasākums 4.4.5", "measure 2.4.6", "3. uzdevums",
 * "task 10", "subgroup 4", "8. darba grupa", "5. rīcības virziens". The words next to a number say what it numbers;
 * a bare "2.1.6" stays kind 'id' (the caller looks it up in every document).
 */
import { type CueSet, wordMatches } from './cues.js';
import type { Reference } from './understanding.js';

type Cue = 'measure' | 'activity' | 'direction' | 'group' | 'task' | 'report' | 'programme';

const CUES: [Cue, CueSet][] = [
  ['measure', { prefixes: ['pasakum', 'measure', 'mesure', 'meassure', 'mesur'] }],
  ['activity', { prefixes: ['aktivitat', 'activit', 'apaksnodal', 'nodal', 'chapter'] }],
  ['programme', { prefixes: ['programm', 'program'] }],
  ['direction', { prefixes: ['virzien', 'direction'] }],
  ['group', { prefixes: ['apaksgrup', 'subgroup', 'sub-group', 'grup', 'group'] }],
  ['task', { prefixes: ['uzdevum', 'task'] }],
  ['report', { prefixes: ['zinojum', 'report'] }],
];

/** How many words away a cue may stand from its number ("4.4.5. pasākuma izpildes termiņš", "task 10 of the report"). */
const WINDOW = 3;

interface Word {
  text: string;
  start: number;
}

export function findReferences(folded: string): Reference[] {
  const words: Word[] = [...folded.matchAll(/[\p{L}]+/gu)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
  const refs: Reference[] = [];
  // A number not followed by more digits or by ".<digit>": "31.12.2024" and "4.3.6.5" never yield a shorter id;
  // a clock time ("10:00", "8:30") is not a number of anything.
  const NUMBER = /(?<![\d.:])(\d{1,2})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?(\.\d{1,2})?(?!\d)(?!\.\d)(?!:\d)\.?/gu;
  for (const m of folded.matchAll(NUMBER)) {
    if (m[4]) continue; // four levels ("4.3.6.5") number EU measures, not ours
    if (countsThings(m[0], folded.slice((m.index ?? 0) + m[0].length))) continue;
    const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined);
    const id = parts.map((p) => String(Number(p))).join('.');
    const cues = cuesNear(words, m.index ?? 0, (m.index ?? 0) + m[0].length);
    const kind = kindOf(parts.length, cues);
    if (kind) refs.push({ kind, id, raw: m[0] });
  }
  return dedupe(refs);
}

/**
 * "the 13 tasks", "no 13 uzdevumiem", "7 pasākumi": a number with no ordinal dot before a plural noun counts
 * things rather than naming one ("13. uzdevums", "task 13").
 */
const PLURAL_NOUN =
  /^\s+(?:(?:action|plan|report|programme|ricibas|darba|state|zinojuma|plana|programmas)\s+)?(?:tasks|measures|activities|subgroups|groups|directions|uzdevumi|uzdevumiem|pasakumi|pasakumiem|aktivitates|aktivitatem|apaksgrupas|apaksgrupam|grupam|virzieni|virzieniem)\b/u;

function countsThings(raw: string, after: string): boolean {
  return !raw.endsWith('.') && !raw.includes('.') && PLURAL_NOUN.test(after);
}

function kindOf(levels: number, cues: Set<Cue>): Reference['kind'] | undefined {
  if (levels === 3) {
    if (cues.has('activity') && !cues.has('measure')) return 'activity';
    if (cues.has('measure') && !cues.has('activity')) return cues.has('programme') ? 'activity' : 'measure';
    return 'id';
  }
  if (levels === 2) return cues.has('group') || cues.has('direction') ? undefined : 'plan-task';
  if (cues.has('group')) return 'group';
  if (cues.has('direction')) return 'direction';
  if (cues.has('task')) return 'report-task';
  // The programme's chapter 1 is an activity of its own: "valsts programmas 1. pasākums".
  if (cues.has('activity') || (cues.has('programme') && cues.has('measure'))) return 'activity';
  return undefined;
}

function cuesNear(words: Word[], start: number, end: number): Set<Cue> {
  const before = words.filter((w) => w.start < start).slice(-WINDOW);
  const after = words.filter((w) => w.start >= end).slice(0, WINDOW);
  const found = new Set<Cue>();
  for (const word of [...before, ...after]) {
    for (const [cue, set] of CUES) if (wordMatches(word.text, set)) found.add(cue);
  }
  // A number right before "uzdevums"/"task" of the report or after "task" is the report's task; the group cue
  // wins over the task cue only when the group word is the nearer one ("8. darba grupa", "group 8 tasks").
  if (found.has('group') && found.has('task')) {
    const nearest = nearestCue(before, after);
    if (nearest === 'task') found.delete('group');
    else found.delete('task');
  }
  return found;
}

function nearestCue(before: Word[], after: Word[]): Cue | undefined {
  const order = [after[0], before.at(-1), after[1], before.at(-2), after[2], before.at(-3)];
  for (const word of order) {
    if (!word) continue;
    for (const cue of ['group', 'task'] as const) {
      const set = CUES.find(([c]) => c === cue)?.[1];
      if (set && wordMatches(word.text, set)) return cue;
    }
  }
  return undefined;
}

function dedupe(refs: Reference[]): Reference[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.kind}:${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
