/**
 * The neutral answer every adapter renders (Block Kit, Adaptive Card, web page, terminal): text, key facts,
 * sources with the quoted raw text, follow-up suggestions, and the subjects the conversation continues from.
 */
import type { DocumentId } from '../knowledge/model.js';
import type { Query } from '../query/query.js';

export type Language = 'lv' | 'en';

export interface Fact {
  label: string;
  value: string;
}

export interface Citation {
  document: DocumentId;
  /** The document's short title in the answer's language. */
  title: string;
  /** Where in the document, in the answer's language: "4.4.5. pasākums" / "measure 4.4.5". */
  locator: string;
  /** The raw text the answer rests on, as the document writes it. */
  quote: string;
}

export interface ListItem {
  id: string;
  title: string;
  detail?: string;
}

/** What the conversation is about after an answer, so that "and its deadline?" knows what "its" is. */
export type Subject =
  | { kind: 'measure'; id: string }
  | { kind: 'plan-task'; id: string }
  | { kind: 'direction'; id: string }
  | { kind: 'report-task'; id: string }
  | { kind: 'activity'; id: string }
  | { kind: 'group'; id: string }
  | { kind: 'institution'; id: string }
  | { kind: 'person'; id: string };

/** A button that sends a command back as if typed: confirmations, "mark done" on a digest line. */
export interface ReplyAction {
  label: string;
  /** The text the adapter sends back through the message handler when the button is pressed. */
  command: string;
  style?: 'primary' | 'danger';
}

export interface Reply {
  intent: string;
  language: Language;
  /** False when the documents do not answer the question; the text then says so plainly. */
  found: boolean;
  text: string;
  facts: Fact[];
  /** A long list: adapters may paginate it; `text` already summarises it with a count. */
  items: ListItem[];
  sources: Citation[];
  suggestions: string[];
  actions: ReplyAction[];
  subjects: Subject[];
  /** The list question this answer executed, so that "Un IZM?" can change one part of it. */
  query?: Query;
}

/** How many list items a plain-text answer shows; the rest are counted, and adapters may page through them. */
export const LIST_PREVIEW = 15;

/** The answer as one plain text: the text, then the facts and the first list items, one per line. */
export function replyText(reply: Reply, preview = LIST_PREVIEW): string {
  const lines = [reply.text];
  for (const fact of reply.facts) lines.push(`${fact.label}: ${fact.value}`);
  for (const item of reply.items.slice(0, preview)) lines.push(listLine(item));
  const rest = reply.items.length - preview;
  if (rest > 0) lines.push(reply.language === 'lv' ? `… un vēl ${rest}` : `… and ${rest} more`);
  return lines.filter((l) => l.length > 0).join('\n');
}

export function listLine(item: ListItem): string {
  return `• ${item.id ? `${item.id} ` : ''}${item.title}${item.detail ? ` — ${item.detail}` : ''}`;
}
