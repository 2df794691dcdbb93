/** What the chat commands work with, and the small replies they share (refusals, plain notices). */
import type { Answered } from '../../core/answer/answer.js';
import type { StatusLookup } from '../../core/answer/answer-context.js';
import { Draft } from '../../core/answer/draft.js';
import type { Language, Reply } from '../../core/answer/reply.js';
import type { TrackedItem } from '../../core/deadlines/tracked-items.js';
import { composeDigest } from '../../core/digest/compose-digest.js';
import type { DigestScopes } from '../../core/digest/default-scopes.js';
import type { Digest } from '../../core/digest/digest.js';
import type { Subscription } from '../../core/digest/subscription.js';
import type { WorkingDays } from '../../core/digest/working-days.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { DigestLedger } from '../run-digests.js';
import type { StatusRepo } from '../statuses.js';
import type { SubscriptionRepo } from '../subscriptions.js';
import type { ConfirmationRepo } from './confirmations.js';

export interface CommandDeps {
  kb: KnowledgeBase;
  /** Tracked items by key ("measure:4.4.5"). */
  items: ReadonlyMap<string, TrackedItem>;
  statuses: StatusRepo;
  subscriptions: SubscriptionRepo;
  confirmations: ConfirmationRepo;
  ledger: Pick<DigestLedger, 'recent'>;
  defaults: DigestScopes;
  /** Who may change digest settings; empty = anyone in the channel. */
  admins: ReadonlySet<string>;
  now: () => Date;
  /** A fresh confirmation token (TOKEN_ALPHABET letters). */
  newToken: () => string;
  calendar?: WorkingDays;
}

export function notice(intent: string, lang: Language, text: string, found = true): Reply {
  return new Draft().line(text).reply(intent, lang, found);
}

export function denied(intent: string, lang: Language): Reply {
  return notice(
    intent,
    lang,
    lang === 'lv'
      ? 'Kopsavilkumu iestatījumus šeit var mainīt tikai administratori (ADMIN_USERS). Lūdziet to izdarīt kādam no viņiem.'
      : 'Only the administrators (ADMIN_USERS) can change digest settings here. Please ask one of them.',
    false,
  );
}

/** A status mark by someone not among ADMIN_USERS, when that list is set. */
export function deniedStatus(intent: string, lang: Language): Reply {
  return notice(
    intent,
    lang,
    lang === 'lv'
      ? 'Statusus šeit var mainīt tikai administratori (ADMIN_USERS). Lūdziet to izdarīt kādam no viņiem. Nekas netika saglabāts.'
      : 'Only the administrators (ADMIN_USERS) can change statuses here. Please ask one of them. Nothing was saved.',
    false,
  );
}

export function digestOf(
  deps: CommandDeps,
  subscription: Pick<Subscription, 'id' | 'scope' | 'horizonDays' | 'language' | 'mentions'>,
  statuses: StatusLookup,
  full = false,
): Digest {
  return composeDigest({
    kb: deps.kb,
    items: [...deps.items.values()],
    statuses,
    defaults: deps.defaults,
    subscription,
    now: deps.now(),
    full,
  });
}

/** The message without the numbers it names, so that "4.10 pasākumi" is never read as the time 4:10. */
export function withoutReferences(answered: Answered): string {
  let text = answered.understanding.text;
  for (const ref of answered.understanding.references) text = text.replace(ref.raw, ' ');
  return text;
}
