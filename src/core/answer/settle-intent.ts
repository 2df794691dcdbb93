/**
 * The classifier scores intents by how their examples look; the slots say what the question is about. These rules,
 * in order, settle the intent where the two disagree:
 * 0. a follow-up to a list that changes a part of it ("Un IZM?", "cik to ir?") is that list again;
 * 1. a follow-up with a new subject and no word of its own keeps the previous question ("un par 4.1.2.?");
 * 2. a name that is nobody in the documents is a question about that person (answered as not found);
 * 3. no intent resembles the question: search the text;
 * 4. a funding word makes it a funding question;
 * 5. a list question about one named item is a question about that item;
 * 6. a group named with a word about its seats or work (leader, members, deadline…) is a group question;
 * 7. an intent that asks one fact needs its word ("termiņš", "responsible"); without it the item is described.
 * Before all of them: a command that changes something (mark a status, subscribe) is an imperative; asked as a
 * question ("Vai 4.4.5 ir izpildīts?") it is the question, so nothing is changed by asking.
 */

import { changesQuery } from '../query/follow-query.js';
import { asksForList } from '../understand/asks-for-list.js';
import { asksForFigure, followUpWords, namesItems, parseQuery } from '../understand/parse-query.js';
import type { Field, Understanding } from '../understand/understanding.js';
import type { ConversationState } from './conversation.js';

/** Below this score no intent's examples resemble the question. */
const MIN_INTENT_SCORE = 0.12;
const FIELD_INTENTS = new Set(['responsible', 'co-responsible', 'deadline', 'details', 'funding', 'status', 'group']);
const CUED_BY: Record<string, Field[]> = {
  responsible: ['responsible'],
  'co-responsible': ['coResponsible'],
  deadline: ['deadline'],
  funding: ['funding'],
  status: ['status', 'progress'],
};
const GROUP_FIELDS: Field[] = ['leader', 'deputy', 'members', 'purpose', 'tasks', 'result', 'deadline'];
const ITEM_KINDS = new Set(['measure', 'report-task', 'activity', 'id']);
const CHANGES = new Set([
  'status-set',
  'subscription-subscribe',
  'subscription-change',
  'subscription-scope',
  'subscription-unsubscribe',
]);
const QUESTION_START =
  /^(?:vai|kas|kad|kāds|kāda|kādi|kādas|kur|kā|cik|kuri|kura|is|are|has|have|was|were|did|does|do|who|what|when|which|how)\b/iu;

function isQuestion(u: Understanding): boolean {
  return u.text.trimEnd().endsWith('?') || QUESTION_START.test(u.text.trim());
}

export function settleIntent(u: Understanding, previous: ConversationState | undefined): string {
  if (CHANGES.has(u.candidates[0]?.intent ?? '') && isQuestion(u)) {
    return settleIntent({ ...u, candidates: u.candidates.filter((c) => !CHANGES.has(c.intent)) }, previous);
  }
  const top = u.candidates[0];
  // "When can I call 80006008?" looks like a greeting ("when can I …") but names a number: it asks for a contact.
  if (top?.intent === 'help' && (u.contactKinds.length > 0 || /\d{5,}/u.test(u.text.replace(/\s/gu, '')))) {
    return 'contact';
  }
  if (previous?.query && u.followUp && followsList(u)) return 'list';
  const ownSubject = hasOwnSubject(u);
  if (previous && u.followUp && ownSubject && u.fields.length === 0 && FIELD_INTENTS.has(previous.intent)) {
    if (!top || top.intent === 'details' || top.score < 0.35) return previous.intent;
  }
  if (u.unknownNames.length > 0 && u.persons.length === 0 && u.references.length === 0) return 'person';
  if (asksForFigure(u) || asksForStatusList(u)) return 'list';
  // "What is the website of BAC?" names an institution but asks for a contact.
  if (u.contactKinds.length > 0 && ['abbreviation', 'history', 'membership'].includes(top?.intent ?? '')) {
    if (!u.abbreviations.length || u.contactKinds.some((k) => k === 'web' || k === 'email')) return 'contact';
  }
  if (!top || top.score < MIN_INTENT_SCORE) return 'search';
  // "Kuras ir līdzatbildīgās 5.1.1. pasākumā (mācības no valsts budžeta līdzekļiem)?" asks its own field.
  const ownCue = CUED_BY[top.intent]?.some((f) => u.fields.includes(f)) ?? false;
  if (u.fields.includes('funding') && !ownCue && !['funding', 'list', 'help'].includes(top.intent)) return 'funding';
  if (top.intent === 'list' && u.references.some((r) => ITEM_KINDS.has(r.kind)) && !asksForList(u)) {
    return fieldIntent(u) ?? 'details';
  }
  if (
    u.groups.length > 0 &&
    GROUP_FIELDS.some((f) => u.fields.includes(f)) &&
    !['membership', 'list'].includes(top.intent)
  ) {
    return 'group';
  }
  const cues = CUED_BY[top.intent];
  if (cues && !cues.some((f) => u.fields.includes(f))) return ownSubject || previous ? 'details' : 'search';
  return top.intent;
}

/** "Un IZM?", "cik to ir?" after a list: it changes a part of that list and names no item of its own. */
function followsList(u: Understanding): boolean {
  if (u.persons.length > 0 || u.groups.length > 0 || u.references.some((r) => ITEM_KINDS.has(r.kind))) return false;
  return changesQuery(parseQuery(u), followUpWords(u));
}

/** "Kuri ziņojuma uzdevumi ir izpildīti?": a status over many items, none named. */
function asksForStatusList(u: Understanding): boolean {
  return u.statuses.length > 0 && u.references.length === 0 && u.groups.length === 0 && namesItems(u) && asksForList(u);
}

/** The single-fact intent the question's words ask for, if any. */
function fieldIntent(u: Understanding): string | undefined {
  return Object.entries(CUED_BY).find(([, fields]) => fields.some((f) => u.fields.includes(f)))?.[0];
}

/** A follow-up's bare number ("un 10.?") is a subject of its own too: the previous subject's kind numbers it. */
function hasOwnSubject(u: Understanding): boolean {
  const bareNumber = u.followUp && /(?<![\p{L}\d.])\d{1,2}(?:\.\d{1,2}){0,2}\.?(?!\d)/u.test(u.text);
  return u.references.length + u.groups.length + u.persons.length > 0 || bareNumber;
}
