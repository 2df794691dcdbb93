/**
 * The status a command sets, read from its words: "izpildīts", "izpilde notiek", "nav uzsākts", "done",
 * "in progress", "not started", with an optional reason after "jo" / "because" kept as the note. Negated and
 * ongoing forms are checked first, because "izpilde notiek" and "nav izpildīts" contain the word for done.
 */
import type { StatusRecord } from '../answer/answer-context.js';
import { fold } from '../text/fold.js';

type Status = StatusRecord['status'];

const FORMS: [Status, RegExp][] = [
  [
    'not-started',
    /\b(?:nav (?:uzsakt|sakt|iesakt)\p{L}*|nav izpildit\p{L}*|not (?:yet )?started|not done|to do|todo)\b/u,
  ],
  [
    'in-progress',
    /\b(?:izpilde notiek|notiek|procesa|tiek (?:izpildit|istenot)\p{L}*|in progress|ongoing|underway|started)\b/u,
  ],
  ['done', /\b(?:izpildit\p{L}*|paveikt\p{L}*|pabeigt\p{L}*|ieviest\p{L}*|done|complete\p{L}*|finished|completed)\b/u],
];

export interface StatusChange {
  status: Status;
  note?: string;
}

export function readStatus(text: string): StatusChange | undefined {
  const { head, note } = splitNote(text);
  const folded = fold(head);
  const found = FORMS.find(([, form]) => form.test(folded));
  if (!found) return undefined;
  return { status: found[0], ...(note ? { note } : {}) };
}

/** "4.4.3 izpildīts, jo grozījumi pieņemti" → the command and its reason. */
function splitNote(text: string): { head: string; note?: string } {
  const match = /(?:,?\s+(?:jo|because|since)\s+|\s+[—–-]\s+|:\s+(?=\S+\s+\S+\s+\S+))(.+)$/iu.exec(text);
  if (!match || match.index === undefined) return { head: text };
  const note = (match[1] ?? '').trim().replace(/[.!]+$/u, '');
  return { head: text.slice(0, match.index), ...(note ? { note } : {}) };
}
