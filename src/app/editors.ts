/**
 * Who may add and remove documents: EDITOR_USERS when set, else ADMIN_USERS. With neither set nobody may from
 * Slack or Teams (a document changes what everyone is told), and the web page may: it is reachable only from this
 * machine or with the access token.
 */
import { adminSet } from './subscriptions.js';

export interface Editors {
  may(user: string | undefined, place: 'web' | 'chat'): boolean;
  /** True when a list names the editors. */
  named: boolean;
}

export function editorsOf(config: { EDITOR_USERS?: string | undefined; ADMIN_USERS?: string | undefined }): Editors {
  const set = adminSet(config.EDITOR_USERS ?? config.ADMIN_USERS);
  return {
    named: set.size > 0,
    may: (user, place) => (set.size === 0 ? place === 'web' : user !== undefined && set.has(user)),
  };
}
