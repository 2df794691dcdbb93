/**
 * What a button carries. Buttons that act on an answer (feedback, source, pages, publish) carry a reference to it:
 * the id it is remembered under, how it was shown, and the question, so that an answer forgotten (a restart, the
 * memory's bound) can be asked again instead of failing. A clicked value comes from Slack's servers but was
 * written by us; it is still parsed strictly, never trusted.
 */
import { z } from 'zod';
import { cleanMessage } from '../../core/understand/clean-text.js';
import { LIMITS } from './block-kit.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';

export const ACTION = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  showSource: 'show_source',
  pageNext: 'page_next',
  pagePrevious: 'page_previous',
  publish: 'publish',
  /** Followed by the button's index: action ids must be unique within a block. */
  suggestionPrefix: 'suggest_',
  commandPrefix: 'command_',
} as const;

export const SUGGESTION_ACTION = /^suggest_\d+$/u;
export const COMMAND_ACTION = /^command_\d+$/u;

/** Where an answer is shown: in the question's thread or DM, privately to the asker (/jautat), or published. */
export type ReplyMode = 'thread' | 'private' | 'published';

export interface AnswerRef {
  answerId: string;
  question: string;
  mode: ReplyMode;
  page: number;
  quotes: boolean;
}

const RefSchema = z.object({
  a: z.string().regex(/^[0-9a-f]{1,32}$/u),
  q: z.string().max(LIMITS.buttonValue),
  m: z.enum(['thread', 'private', 'published']),
  p: z.number().int().min(0).max(10_000),
  s: z.boolean(),
});

/** Question text kept in a value: enough to ask again, and the whole value within Slack's 2000 characters. */
const QUESTION_CHARS = 500;

/**
 * The question is kept as the core reads it (markup removed), in Slack's escaped form: no value carries
 * mention markup, and cleaning it again when it is asked anew decodes the entities.
 */
export function encodeRef(ref: AnswerRef): string {
  let question = truncate(escapeMrkdwn(cleanMessage(ref.question)), QUESTION_CHARS);
  for (;;) {
    const value = JSON.stringify({ a: ref.answerId, q: question, m: ref.mode, p: ref.page, s: ref.quotes });
    if (value.length <= LIMITS.buttonValue || question.length === 0) return value;
    // JSON escapes can make a short question long (quotes, control characters): shorten until it fits.
    question = truncate(question, Math.floor(Array.from(question).length / 2));
  }
}

export function decodeRef(value: string | undefined): AnswerRef | undefined {
  if (!value) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  const parsed = RefSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { a, q, m, p, s } = parsed.data;
  return { answerId: a, question: q, mode: m, page: p, quotes: s };
}
