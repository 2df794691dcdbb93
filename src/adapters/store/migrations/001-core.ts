import type { Migration } from './index.js';

/** Feedback on answers, Teams conversation references, and the chat events already handled (retries). */
export const CORE: Migration = {
  id: 1,
  name: 'core',
  sql: `
    CREATE TABLE feedback (
      id INTEGER PRIMARY KEY,
      platform TEXT NOT NULL,
      conversation TEXT NOT NULL,
      user_id TEXT,
      rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
      question TEXT NOT NULL,
      answer TEXT NOT NULL,
      intent TEXT,
      at TEXT NOT NULL
    );
    CREATE TABLE conversation_refs (
      key TEXT PRIMARY KEY,
      platform TEXT NOT NULL,
      reference TEXT NOT NULL,
      label TEXT,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE processed_events (
      key TEXT PRIMARY KEY,
      at TEXT NOT NULL
    );
  `,
};
