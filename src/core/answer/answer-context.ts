/** Everything a handler needs to answer one question. */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { IsoDate } from '../knowledge/model.js';
import type { Field, Understanding } from '../understand/understanding.js';
import type { ConversationState } from './conversation.js';
import type { InstitutionNames } from './institution-names.js';
import type { Language } from './reply.js';

/** A status users have set for an item from chat ("4.4.5 izpildīts"), newest wins. */
export interface StatusRecord {
  status: 'done' | 'in-progress' | 'not-started';
  note?: string;
  by: string;
  /** ISO instant. */
  at: string;
}

/** Item keys are "measure:4.4.5", "report-task:3", "activity:2.1.4". */
export interface StatusLookup {
  latest(itemKey: string): StatusRecord | undefined;
  history(itemKey: string): StatusRecord[];
}

export const NO_STATUSES: StatusLookup = { latest: () => undefined, history: () => [] };

export interface AnswerContext {
  u: Understanding;
  kb: KnowledgeBase;
  lang: Language;
  today: IsoDate;
  previous?: ConversationState;
  statuses: StatusLookup;
  names: InstitutionNames;
  /** What the question asks about its subject: the intent's fields and the words' cues together. */
  fields: Field[];
}
