/**
 * The use case every chat adapter calls: a message in a conversation → the answer, with the conversation's
 * state kept between messages so that follow-ups ("Un kāds ir termiņš?") know their subject.
 */
import { type AnswerEngine, type Answered, answer } from '../core/answer/answer.js';
import type { StatusLookup } from '../core/answer/answer-context.js';
import { CONTEXT_TTL_MS, type ConversationState } from '../core/answer/conversation.js';
import type { Reply } from '../core/answer/reply.js';
import type { DigestTarget } from './ports.js';
import type { StatusSource } from './statuses.js';

export interface ConversationStore {
  get(conversation: string): ConversationState | undefined;
  set(conversation: string, state: ConversationState): void;
}

/**
 * Conversations kept in memory, least recently answered first. A state older than CONTEXT_TTL_MS can no longer
 * help a follow-up, so it is dropped as newer ones arrive; beyond `max` the oldest goes too. Memory then follows
 * the conversations of the last half hour, not every conversation since start.
 */
export class MemoryConversations implements ConversationStore {
  private readonly states = new Map<string, ConversationState>();
  constructor(private readonly max = 10_000) {}

  get(conversation: string): ConversationState | undefined {
    return this.states.get(conversation);
  }

  set(conversation: string, state: ConversationState): void {
    this.states.delete(conversation);
    this.states.set(conversation, state);
    const expired = Date.parse(state.at) - CONTEXT_TTL_MS;
    for (const [key, kept] of this.states) {
      if (this.states.size <= this.max && !(Date.parse(kept.at) < expired)) break;
      this.states.delete(key);
    }
  }

  get size(): number {
    return this.states.size;
  }
}

/** For a question that stands alone (no conversation id): nothing to recall, nothing worth keeping. */
export const NO_CONVERSATION: ConversationStore = {
  get: () => undefined,
  set: () => {},
};

export interface Message {
  /** A conversation id unique across platforms: "slack:T1:C9:1700.1", "teams:19:…", "web:abc". */
  conversation: string;
  text: string;
  user?: { id: string; name?: string };
  /** Where this conversation can receive digests, so that "subscribe this channel" knows what "this" is. */
  target?: DigestTarget;
}

/**
 * Commands with side effects (marking a status, managing digest subscriptions): given the understood message,
 * resolves to the reply when the message is such a command, or undefined to let the plain answer stand.
 */
export type CommandRunner = (message: Message, answered: Answered) => Promise<Reply | undefined>;

/** A question answered from the documents alone, with statuses already read (the command line, tests). */
export interface HandleDeps {
  engine: AnswerEngine;
  conversations: ConversationStore;
  statuses?: StatusLookup;
  now: () => Date;
}

/** What the chat adapters answer with: statuses read from the store for each message, and the commands. */
export interface ChatDeps extends Omit<HandleDeps, 'statuses'> {
  statuses?: StatusSource;
  commands?: CommandRunner;
}

export function handleMessage(message: Message, deps: HandleDeps): Answered {
  const answered = answerIn(message, deps, deps.statuses);
  deps.conversations.set(message.conversation, answered.state);
  return answered;
}

/** A chat message: answered over the statuses as they are now, then run as a command when it is one. */
export async function handleChatMessage(message: Message, deps: ChatDeps): Promise<Answered> {
  const statuses = await deps.statuses?.snapshot();
  const answered = answerIn(message, deps, statuses);
  const command = await deps.commands?.(message, answered);
  const result = command ? withCommand(answered, command) : answered;
  deps.conversations.set(message.conversation, result.state);
  return result;
}

function answerIn(message: Message, deps: Omit<HandleDeps, 'statuses'>, statuses: StatusLookup | undefined) {
  const previous = deps.conversations.get(message.conversation);
  return answer(message.text, deps.engine, {
    now: deps.now(),
    ...(previous ? { previous } : {}),
    ...(statuses ? { statuses } : {}),
  });
}

/** A command's reply, and its subjects as the conversation's ("4.4.5 izpildīts" → "un kāds ir termiņš?"). */
function withCommand(answered: Answered, reply: Reply): Answered {
  if (reply.subjects.length === 0) return { ...answered, reply };
  return { ...answered, reply, state: { ...answered.state, subjects: reply.subjects } };
}
