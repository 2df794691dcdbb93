/**
 * The application's services over one database: statuses, subscriptions, the digest ledger, confirmations, the
 * local web channel, the chat commands and the digest composer. Built once by main.ts (and by tests, over an
 * in-memory database) so that every adapter and the scheduler share the same stores.
 */
import { randomInt } from 'node:crypto';
import { ConfirmationStore } from './adapters/store/confirmation-store.js';
import type { Db } from './adapters/store/database.js';
import { SqlDigestLedger } from './adapters/store/digest-ledger.js';
import { StatusStore } from './adapters/store/status-store.js';
import { SubscriptionStore } from './adapters/store/subscription-store.js';
import { LocalDigestChannel } from './adapters/web/local-channel.js';
import { createCommandRunner } from './app/commands/command-runner.js';
import { TOKEN_ALPHABET } from './app/commands/confirmations.js';
import type { CommandRunner } from './app/handle-message.js';
import { adminSet } from './app/subscriptions.js';
import type { AnswerEngine } from './core/answer/answer.js';
import { type TrackedItem, trackedItems } from './core/deadlines/tracked-items.js';
import { composeDigest } from './core/digest/compose-digest.js';
import type { DigestScopes } from './core/digest/default-scopes.js';
import type { Digest } from './core/digest/digest.js';
import type { Subscription } from './core/digest/subscription.js';
import type { WorkingDays } from './core/digest/working-days.js';

/** What a digest is composed from: a stored subscription, or a scope named for a preview. */
export type Composable = Pick<Subscription, 'id' | 'scope' | 'horizonDays' | 'language' | 'mentions'>;

export interface Services {
  statuses: StatusStore;
  subscriptions: SubscriptionStore;
  ledger: SqlDigestLedger;
  confirmations: ConfirmationStore;
  local: LocalDigestChannel;
  items: ReadonlyMap<string, TrackedItem>;
  commands: CommandRunner;
  /** The working groups' default digest scopes (knowledge/curated/digest-scopes.json). */
  defaults: DigestScopes;
  /** The digest of a subscription at an instant, with notices (e.g. the last one failed); `full` lists every item. */
  compose: (subscription: Composable, now: Date, period: string, notices: string[], full?: boolean) => Promise<Digest>;
}

export interface ServiceOptions {
  db: Db;
  engine: AnswerEngine;
  defaults: DigestScopes;
  adminUsers?: string | undefined;
  clock: () => Date;
  calendar?: WorkingDays;
  newToken?: () => string;
}

export function buildServices(options: ServiceOptions): Services {
  const { db, engine, defaults, clock } = options;
  const kb = engine.understander.kb;
  const statuses = new StatusStore(db);
  const subscriptions = new SubscriptionStore(db);
  const ledger = new SqlDigestLedger(db);
  const confirmations = new ConfirmationStore(db);
  const items = new Map(trackedItems(kb.knowledge).map((item) => [item.key, item]));
  const commands = createCommandRunner({
    kb,
    items,
    statuses,
    subscriptions,
    confirmations,
    ledger,
    defaults,
    admins: adminSet(options.adminUsers),
    now: clock,
    newToken: options.newToken ?? randomToken,
    ...(options.calendar ? { calendar: options.calendar } : {}),
  });
  const list = [...items.values()];
  const compose = async (subscription: Composable, now: Date, period: string, notices: string[], full = false) => {
    const current = await statuses.snapshot();
    return composeDigest({ kb, items: list, statuses: current, defaults, subscription, now, period, notices, full });
  };
  const local = new LocalDigestChannel(db, clock);
  return { statuses, subscriptions, ledger, confirmations, local, items, commands, defaults, compose };
}

function randomToken(): string {
  return Array.from({ length: 8 }, () => TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)]).join('');
}
