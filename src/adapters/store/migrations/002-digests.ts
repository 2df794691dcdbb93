import type { Migration } from './index.js';

/** Subscriptions, the digest ledger and item statuses with their history. */
export const DIGESTS: Migration = {
  id: 2,
  name: 'digests',
  sql: `
    CREATE TABLE statuses (
      id INTEGER PRIMARY KEY,
      item TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('done', 'in-progress', 'not-started')),
      note TEXT,
      by TEXT NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX statuses_by_item ON statuses (item, id);
  `,
};
