/**
 * A digest that failed for good is logged as an error and, when ADMIN_USERS names people a platform can reach,
 * sent to each of them as a direct message. A failure to tell them is logged, never thrown: the scheduler goes on.
 */
import { rigaStamp } from '../core/deadlines/riga-instant.js';
import { adminAlert } from '../core/digest/digest-words.js';
import type { Messenger } from './ports.js';
import type { DigestFailure, DigestLedger, DigestLog } from './run-digests.js';

export interface AlertDeps {
  admins: ReadonlySet<string>;
  messengers: readonly Messenger[];
  ledger: Pick<DigestLedger, 'get'>;
  log: DigestLog;
}

export async function alertAdmins(failure: DigestFailure, deps: AlertDeps): Promise<string[]> {
  const { subscription: sub, period, error } = failure;
  deps.log.error({ subscription: sub.id, period, target: sub.target, error }, 'digest alert');
  const dueAt = (await deps.ledger.get(sub.id, period))?.dueAt;
  const due = rigaStamp(dueAt ? new Date(dueAt) : new Date()).slice(0, 10);
  const where = `${sub.target.platform}:${sub.target.label ?? sub.target.id}`;
  const text = adminAlert(sub.id, where, due, error);
  const told: string[] = [];
  for (const admin of deps.admins) {
    for (const messenger of deps.messengers) {
      if (!messenger.notifyUser) continue;
      try {
        if (await messenger.notifyUser(admin, text)) told.push(admin);
      } catch (failed) {
        deps.log.warn({ err: failed, admin, subscription: sub.id }, 'could not tell an admin about a failed digest');
      }
    }
  }
  return told;
}
