import type { Migration } from './index.js';

/**
 * How often a digest claim was taken over from an instance whose lease ran out. The claim is then one conditional
 * upsert on either engine, and the count tells the taker it resumes an earlier attempt.
 */
const SQL = 'ALTER TABLE digest_ledger ADD COLUMN takeovers INTEGER NOT NULL DEFAULT 0;';

export const CLAIM_TAKEOVERS: Migration = { id: 4, name: 'claim-takeovers', sql: SQL, postgres: SQL };
