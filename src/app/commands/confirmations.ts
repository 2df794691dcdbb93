/**
 * Destructive digest commands (stop a digest, replace what it follows) wait for a confirmation: the reply carries
 * a one-time token in its buttons, valid for a short time, only in the conversation that asked. Using a token is
 * atomic, so a double click or two instances never carry the change out twice.
 */
import type { Scope } from '../../core/digest/scope.js';

export type PendingAction =
  | { kind: 'unsubscribe'; ids: string[] }
  | { kind: 'replace-scope'; id: string; scope: Scope };

export interface Pending {
  token: string;
  conversation: string;
  userId?: string;
  action: PendingAction;
  /** ISO instants. */
  createdAt: string;
  expiresAt: string;
}

export interface ConfirmationRepo {
  create(pending: Pending): Promise<void>;
  get(token: string): Promise<(Pending & { usedAt?: string }) | undefined>;
  /** The newest unused, unexpired confirmation of the conversation (for a bare "apstiprināt"). */
  latest(conversation: string, now: Date): Promise<Pending | undefined>;
  /** Marks the token used; false when it was used already. */
  use(token: string, now: Date): Promise<boolean>;
}

/** Ten minutes: long enough to read the question, short enough that an old button does nothing. */
export const CONFIRMATION_TTL_MS = 10 * 60_000;

/** Letters only (no vowels, no digits), so a token is never read as a number or a word in a command. */
export const TOKEN_ALPHABET = 'bcdfghjkmnpqrstvwxz';
export const TOKEN_PATTERN = /\b([bcdfghjkmnpqrstvwxz]{8})\b/u;

export type ConfirmOutcome =
  | { ok: true; pending: Pending }
  | { ok: false; reason: 'unknown' | 'expired' | 'used' | 'elsewhere' | 'someone-else' | 'none-pending' };

/**
 * The pending action a confirmation refers to (by its token, or the conversation's newest when none is given),
 * used up. Only the person who asked may confirm or cancel it.
 */
export async function takePending(
  repo: ConfirmationRepo,
  request: { token?: string; conversation: string; userId?: string },
  now: Date,
): Promise<ConfirmOutcome> {
  const pending = await (request.token ? repo.get(request.token) : repo.latest(request.conversation, now));
  if (!pending) return { ok: false, reason: request.token ? 'unknown' : 'none-pending' };
  if (pending.conversation !== request.conversation) return { ok: false, reason: 'elsewhere' };
  if (pending.userId && pending.userId !== request.userId) return { ok: false, reason: 'someone-else' };
  if ('usedAt' in pending && pending.usedAt) return { ok: false, reason: 'used' };
  if (pending.expiresAt < now.toISOString()) return { ok: false, reason: 'expired' };
  return (await repo.use(pending.token, now)) ? { ok: true, pending } : { ok: false, reason: 'used' };
}
