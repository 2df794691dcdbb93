/**
 * The words that shape a list question, as data: "un … kopā" (all of them together), "tikai" (no one else),
 * "nav starp" (not among), "cik" (a count), "lielākais" (the extreme), "kopā" (a sum), "sākas" (starting). All
 * entries are folded (no diacritics, lower case): a test holds them to it.
 */
import type { CueSet } from '../understand/cues.js';

export const TOGETHER: CueSet = {
  prefixes: ['kopig', 'together', 'jointly'],
  words: ['abas', 'abi', 'abiem', 'abam', 'both', 'kopa'],
  phrases: ['gan .{1,40} gan'],
};

export const EITHER: CueSet = { prefixes: [], words: ['vai', 'or', 'either'] };

export const ONLY: CueSet = {
  prefixes: ['vienig', 'sole', 'exclusiv'],
  words: ['tikai', 'only', 'alone'],
  phrases: ['viena pati', 'viens pats', 'on (?:its|their) own'],
};

/** "viena pati, bez līdzatbildīgajām": no co-responsible institution at all. */
export const NO_OTHERS: CueSet = {
  prefixes: [],
  phrases: ['bez lidzatbildig\\p{L}*', 'without (?:any )?co-?responsible', 'viena pati', 'viens pats'],
};

/** The kinds of item a count or a sum is over. */
export const ITEMS: CueSet = { prefixes: ['pasakum', 'uzdevum', 'aktivit', 'measure', 'task', 'activit', 'item'] };

/** "nevis tikai sadarbības partnere": a negated "only" is no exclusivity. */
export const NOT_ONLY: CueSet = { prefixes: [], phrases: ['nevis tikai', 'not only', 'not just'] };

/** Negations looked for right next to an institution's name ("bez VM", "VM nav starp …", "not LM"). */
export const NOT: CueSet = {
  prefixes: [],
  words: ['bez', 'without', 'excluding', 'except', 'iznemot', 'nav', 'not', 'isnt', 'nevis', 'neviens'],
};

export const COUNT: CueSet = {
  prefixes: ['skait'],
  words: ['cik'],
  phrases: ['how many', 'number of', 'count'],
};

export const MAX: CueSet = {
  prefixes: ['lielak', 'augstak', 'vislielak', 'largest', 'biggest', 'highest', 'greatest', 'maksimal'],
  words: ['most'],
  phrases: ['visvairak'],
};

export const MIN: CueSet = {
  prefixes: ['mazak', 'zemak', 'vismazak', 'smallest', 'lowest', 'least', 'minimal'],
  phrases: ['vismazak'],
};

export const SUM: CueSet = {
  prefixes: ['kopsumm', 'summ', 'total'],
  words: ['kopa'],
  phrases: ['add up', 'adds up', 'in total', 'altogether', 'all together'],
};

export const STARTING: CueSet = {
  prefixes: ['sakas', 'sakt', 'start', 'begin', 'uzsak', 'sakuma'],
};

export const DUE: CueSet = {
  prefixes: ['jaizpild', 'jaizdar', 'jabeidz', 'beidz', 'termin', 'deadline', 'due', 'finish', 'complet', 'end'],
  words: ['lidz', 'by'],
};
