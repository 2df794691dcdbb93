/** Smaller slots: which document a question names, which status it asks about, and whether it is a follow-up. */
import type { DocumentId } from '../knowledge/model.js';
import { type CueSet, cueHits, wordMatches } from './cues.js';
import type { Understanding } from './understanding.js';

const DOCUMENT_CUES: [DocumentId, CueSet][] = [
  ['report', { prefixes: ['zinojum', 'report'] }],
  [
    'plan',
    {
      prefixes: ['plana', 'planam', 'plans', 'planu', 'plan', 'pamatnostadn', 'guideline'],
      except: ['planot', 'planoj', 'planned'],
    },
  ],
  ['programme', { prefixes: ['programm', 'program'] }],
  ['groups', { prefixes: ['apaksgrup', 'subgroup'], phrases: ['darba grup\\p{L}*', 'working group'] }],
];

export function documentsNamed(words: readonly string[], folded: string): DocumentId[] {
  return DOCUMENT_CUES.filter(([, cues]) => cueHits(words, folded, cues)).map(([id]) => id);
}

const DONE: CueSet = {
  prefixes: ['izpildit', 'pabeigt', 'paveikt', 'done', 'complet', 'finish', 'accomplish'],
  except: ['izpilditaj'],
};
const ONGOING: CueSet = {
  prefixes: ['turpina', 'ongoing', 'progress', 'nepabeigt', 'neizpildit', 'open', 'remaining', 'unfinish'],
  phrases: ['not done', 'not yet', 'vel nav', 'nav izpildit\\p{L}*', 'still running', 'in progress'],
};

export function statusesNamed(words: readonly string[], folded: string): ('done' | 'ongoing')[] {
  const ongoing = cueHits(words, folded, ONGOING);
  // "nav izpildīts" is a negated "izpildīts": it asks for the unfinished ones only.
  const done = !ongoing && cueHits(words, folded, DONE);
  return [...(done ? (['done'] as const) : []), ...(ongoing ? (['ongoing'] as const) : [])];
}

const OPENERS: CueSet = { prefixes: [], words: ['un', 'and', 'bet', 'but', 'also', 'ari', 'tad', 'then'] };
const PRONOUNS: CueSet = {
  prefixes: [],
  words: [
    'ta',
    'tas',
    'tam',
    'tai',
    'tajos',
    'tajā',
    'taja',
    'its',
    'it',
    'this',
    'that',
    'there',
    'they',
    'them',
    'their',
    'sis',
    'si',
    'so',
    'sim',
    'sai',
    'vina',
    'vins',
    'vinas',
    'her',
    'his',
  ],
  phrases: ['what about', 'how about', 'un par'],
};

type Slots = Pick<Understanding, 'references' | 'groups' | 'persons' | 'institutions' | 'fields'>;

/** Leans on the previous message: opens with "un"/"and", points back ("tā", "its"), or asks a field of no subject. */
export function isFollowUp(words: readonly string[], slots: Slots, hasContext: boolean): boolean {
  if (!hasContext) return false;
  const first = words[0];
  if (first && wordMatches(first, OPENERS)) return true;
  if (cueHits(words, words.join(' '), PRONOUNS)) return true;
  const ownSubject = slots.references.length + slots.groups.length + slots.persons.length > 0;
  return !ownSubject && slots.fields.length > 0;
}
