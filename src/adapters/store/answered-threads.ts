/**
 * The channel threads the bot has answered in, so that a reply there without a mention can be taken as a
 * follow-up. Only the thread's place is kept (team, channel, thread ts), never what anyone wrote. Kept in the
 * processed_events table under their own key prefix, and forgotten after a month.
 */
import { ProcessedEvents } from './processed-events.js';
import type { Db } from './sql.js';

const PREFIX = 'slack-thread:';
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export interface ThreadPlace {
  team: string;
  channel: string;
  threadTs: string;
}

const keyOf = (t: ThreadPlace) => `${PREFIX}${t.team}:${t.channel}:${t.threadTs}`;

export class AnsweredThreads {
  private readonly rows: ProcessedEvents;

  constructor(private readonly db: Db) {
    this.rows = new ProcessedEvents(db);
  }

  async remember(thread: ThreadPlace, now: number): Promise<void> {
    await this.rows.prune(new Date(now - KEEP_MS).toISOString(), PREFIX);
    await this.db.run(
      'INSERT INTO processed_events (key, at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET at = excluded.at',
      [keyOf(thread), new Date(now).toISOString()],
    );
  }

  async has(thread: ThreadPlace): Promise<boolean> {
    return (await this.db.get('SELECT 1 AS found FROM processed_events WHERE key = ?', [keyOf(thread)])) !== undefined;
  }
}
