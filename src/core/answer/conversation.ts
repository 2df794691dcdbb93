/** What a conversation remembers between messages: its last subjects and intent, for a while. */
import type { Query } from '../query/query.js';
import type { Language, Subject } from './reply.js';

export interface ConversationState {
  subjects: Subject[];
  intent: string;
  language: Language;
  /** The last list question, while the conversation is about its result. */
  query?: Query;
  /** The instant of the last answer, ISO 8601. */
  at: string;
}

/** A conversation's subject is kept this long; after that a bare "Un kāds ir termiņš?" has nothing to lean on. */
export const CONTEXT_TTL_MS = 30 * 60 * 1000;

export function freshContext(state: ConversationState | undefined, now: Date): ConversationState | undefined {
  if (!state || (state.subjects.length === 0 && !state.query)) return undefined;
  const age = now.getTime() - Date.parse(state.at);
  return age >= 0 && age <= CONTEXT_TTL_MS ? state : undefined;
}
