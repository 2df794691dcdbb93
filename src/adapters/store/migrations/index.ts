/** The store's schema, in order. A migration, once released, is never edited: add a new one instead. */
import { CORE } from './001-core.js';
import { DIGESTS } from './002-digests.js';
import { DIGEST_RESUME } from './003-digest-resume.js';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [CORE, DIGESTS, DIGEST_RESUME];
