import type { Migration } from './index.js';

/**
 * What a digest claim needs to resume exactly: when its first attempt started (how far back a platform's history
 * must be read), the digest as composed then (so a resumed set is split the same way), and the ids of the parts
 * already posted, in order (so a crash mid-set posts only the missing parts).
 */
export const DIGEST_RESUME: Migration = {
  id: 3,
  name: 'digest-resume',
  sql: `
    ALTER TABLE digest_ledger ADD COLUMN first_attempt_at TEXT;
    ALTER TABLE digest_ledger ADD COLUMN digest TEXT;
    ALTER TABLE digest_ledger ADD COLUMN posted TEXT NOT NULL DEFAULT '[]';
  `,
};
