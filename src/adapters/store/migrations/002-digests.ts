import type { Migration } from './index.js';

/**
 * Digests: item statuses with their history (append-only: a change is a new row), subscriptions, the digest
 * ledger (one row per subscription and week: claimed → sent | failed, with attempts and a lease so that a
 * crashed instance's claim can be taken over), pending confirmations of destructive chat commands, and the
 * local web channel's posted digests.
 */
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
    CREATE INDEX statuses_by_time ON statuses (at);

    CREATE TABLE subscriptions (
      id TEXT PRIMARY KEY,
      platform TEXT NOT NULL CHECK (platform IN ('slack', 'teams', 'web')),
      target_id TEXT NOT NULL,
      target_label TEXT,
      scope TEXT NOT NULL,
      weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
      hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
      minute INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 59),
      horizon_days INTEGER NOT NULL CHECK (horizon_days > 0),
      language TEXT NOT NULL CHECK (language IN ('lv', 'en')),
      mentions TEXT NOT NULL DEFAULT '{}',
      source TEXT NOT NULL CHECK (source IN ('chat', 'config')),
      created_by TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX subscriptions_by_target ON subscriptions (platform, target_id);

    CREATE TABLE digest_ledger (
      subscription_id TEXT NOT NULL,
      period TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      claimed_by TEXT,
      lease_until TEXT,
      due_at TEXT NOT NULL,
      message_id TEXT,
      error TEXT,
      reported INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (subscription_id, period)
    );

    CREATE TABLE confirmations (
      token TEXT PRIMARY KEY,
      conversation TEXT NOT NULL,
      user_id TEXT,
      action TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT
    );

    CREATE TABLE local_digests (
      id INTEGER PRIMARY KEY,
      subscription_id TEXT NOT NULL,
      period TEXT NOT NULL,
      target_id TEXT NOT NULL,
      posted_at TEXT NOT NULL,
      digest TEXT NOT NULL,
      UNIQUE (subscription_id, period)
    );
  `,
};
