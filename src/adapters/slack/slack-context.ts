/** What the Slack listeners share: the runtime and the adapter's own in-memory state and settings. */

import type { Runtime } from '../../runtime.js';
import type { Logger } from '../log/logger.js';
import type { AnsweredThreads } from '../store/answered-threads.js';
import type { FeedbackStore } from '../store/feedback-store.js';
import type { AnswerMemory } from './answer-memory.js';
import type { RateLimiter } from './rate-limiter.js';

export interface SlackContext {
  runtime: Runtime;
  logger: Logger;
  memory: AnswerMemory;
  limiter: RateLimiter;
  feedback: FeedbackStore;
  /** Channel threads answered in: a reply there needs no mention. */
  threads: AnsweredThreads;
  /** How long an answer may take before the ⏳ reaction shows. */
  workingDelayMs: number;
  /** The rate limiter's clock (the answer clock, runtime.handle.now, may be fixed in tests and demos). */
  clock: () => number;
  /** The workspace, from auth.test: the team id when a payload leaves it out. */
  teamId: string;
}
