/** The JSON form of an answer shared by `npm run ask -- --json` and `POST /api/ask` (a stable contract). */
import { type Reply, replyText } from '../core/answer/reply.js';

export interface ReplyJson {
  answer: string;
  found: boolean;
  intent: string;
  language: 'lv' | 'en';
  sources: { document: string; locator: string; quote: string }[];
  text: string;
  facts: Reply['facts'];
  items: Reply['items'];
  suggestions: string[];
  /** Buttons that send a command back as the next question (confirm, cancel, mark done). */
  actions: Reply['actions'];
}

export function replyJson(reply: Reply): ReplyJson {
  return {
    answer: replyText(reply),
    found: reply.found,
    intent: reply.intent,
    language: reply.language,
    sources: reply.sources.map((s) => ({ document: s.title, locator: s.locator, quote: s.quote })),
    text: reply.text,
    facts: reply.facts,
    items: reply.items,
    suggestions: reply.suggestions,
    actions: reply.actions,
  };
}
