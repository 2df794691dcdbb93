/**
 * The answer engine: a message and the conversation's state → a Reply and the new state. It understands the
 * message, settles the intent (a follow-up keeps the previous question's intent for a new subject), collects the
 * fields asked and runs the intent's handler.
 */
import { rigaDate } from '../deadlines/riga-time.js';
import type { IntentSpec } from '../understand/intent-spec.js';
import { splitQuestion } from '../understand/split-question.js';
import { type Understander, understand } from '../understand/understand.js';
import type { Field, Understanding } from '../understand/understanding.js';
import { type AnswerContext, NO_STATUSES, type StatusLookup } from './answer-context.js';
import { checkAnswerable } from './answerable.js';
import { type ConversationState, freshContext } from './conversation.js';
import { HANDLERS } from './handlers/registry.js';
import { InstitutionNames } from './institution-names.js';
import { joinReplies, sameAnswer } from './join-replies.js';
import type { Reply } from './reply.js';
import { settleIntent } from './settle-intent.js';

export interface AnswerEngine {
  understander: Understander;
  intents: ReadonlyMap<string, IntentSpec>;
}

export interface AnswerOptions {
  now: Date;
  previous?: ConversationState;
  statuses?: StatusLookup;
}

export interface Answered {
  reply: Reply;
  state: ConversationState;
  understanding: Understanding;
}

/**
 * A question that asks two things is answered part by part (the second part continuing from the first) when both
 * parts are answered and are about different things; otherwise as one question.
 */
export function answer(raw: string, engine: AnswerEngine, options: AnswerOptions): Answered {
  const whole = answerOne(raw, engine, options);
  const parts = splitQuestion(raw);
  if (parts.length < 2) return whole;
  const first = answerOne(parts[0] as string, engine, options);
  const second = answerOne(parts[1] as string, engine, { ...options, previous: first.state });
  // A part the engine can only greet ("What do they add up to?" with nothing before it) is no question of its own.
  const answered = [first.reply, second.reply];
  if (answered.some((r) => !r.found || r.intent === 'help') || sameAnswer(first.reply, second.reply)) return whole;
  return {
    reply: joinReplies(first.reply, second.reply),
    state: { ...second.state, subjects: [...first.reply.subjects, ...second.reply.subjects] },
    understanding: whole.understanding,
  };
}

function answerOne(raw: string, engine: AnswerEngine, options: AnswerOptions): Answered {
  const today = rigaDate(options.now);
  const previous = freshContext(options.previous, options.now);
  const u = understand(raw, engine.understander, today, previous !== undefined);
  const intent = settleIntent(u, previous);
  const spec = engine.intents.get(intent);
  const fields = [...new Set([...((spec?.fields ?? []) as Field[]), ...u.fields])];
  const ctx: AnswerContext = {
    u,
    kb: engine.understander.kb,
    lang: u.language,
    today,
    ...(previous ? { previous } : {}),
    statuses: options.statuses ?? NO_STATUSES,
    names: new InstitutionNames(engine.understander.kb.registry, u.language),
    fields,
  };
  const handler = HANDLERS[spec?.handler ?? 'search'] ?? HANDLERS.search;
  const reply = checkAnswerable(handler(ctx, intent), ctx, () => HANDLERS.search(ctx, 'search'));
  const query = reply.query ?? (reply.found ? undefined : previous?.query);
  const state: ConversationState = {
    subjects: reply.subjects.length > 0 ? reply.subjects : (previous?.subjects ?? []),
    intent: reply.found ? reply.intent : (previous?.intent ?? reply.intent),
    language: u.language,
    ...(query ? { query } : {}),
    at: options.now.toISOString(),
  };
  return { reply, state, understanding: u };
}
