import type { Migration } from './index.js';

/**
 * What a digest claim needs to resume exactly: when its first attempt started (how far back a platform's history
 * must be read), the digest as composed then (so a resumed set is split the same way), the ids of the parts
 * already posted, in order (so a crash mid-set posts only the missing parts), and whether the latest attempt may
 * have reached the platform (rows claimed before this migration with an attempt counted are taken to be in doubt).
 */
export const DIGEST_RESUME: Migration = {
  id: 3,
  name: 'digest-resume',
  sql: `
    ALTER TABLE digest_ledger ADD COLUMN first_attempt_at TEXT;
    ALTER TABLE digest_ledger ADD COLUMN digest TEXT;
    ALTER TABLE digest_ledger ADD COLUMN posted TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE digest_ledger ADD COLUMN in_doubt INTEGER NOT NULL DEFAULT 0;
    UPDATE digest_ledger SET in_doubt = 1 WHERE state = 'claimed' AND attempts > 0;
  `,
};
