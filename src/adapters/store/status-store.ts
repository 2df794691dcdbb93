/**
 * Statuses in SQLite, append-only: a change is a new row, never an update, so the history of who changed what
 * and when is complete. Writes are durable (better-sqlite3, WAL, synchronous=FULL): once append resolves,
 * the change survives the process being killed. Answers look up every listed item, so statements are prepared
 * once.
 */
import { type StatusRepo, statusLookup } from '../../app/statuses.js';
import type { StatusLookup, StatusRecord } from '../../core/answer/answer-context.js';
import type { Db } from './database.js';

interface Row {
  item: string;
  status: StatusRecord['status'];
  note: string | null;
  by: string;
  at: string;
}

export class StatusStore implements StatusRepo {
  private readonly insert;
  private readonly newest;
  private readonly all;
  private readonly since;
  private readonly every;

  constructor(db: Db) {
    this.insert = db.prepare('INSERT INTO statuses (item, status, note, by, at) VALUES (?, ?, ?, ?, ?)');
    this.newest = db.prepare('SELECT * FROM statuses WHERE item = ? ORDER BY id DESC LIMIT 1');
    this.all = db.prepare('SELECT * FROM statuses WHERE item = ? ORDER BY id');
    this.since = db.prepare('SELECT * FROM statuses WHERE at >= ? ORDER BY id DESC');
    this.every = db.prepare('SELECT * FROM statuses ORDER BY id');
  }

  /** Every item's statuses as they are now, read in one query, for an answer or a digest to consult at once. */
  async snapshot(): Promise<StatusLookup> {
    return statusLookup((this.every.all() as Row[]).map((row) => ({ item: row.item, record: toRecord(row) })));
  }

  async append(itemKey: string, record: StatusRecord): Promise<void> {
    this.insert.run(itemKey, record.status, record.note ?? null, record.by, record.at);
  }

  async latest(itemKey: string): Promise<StatusRecord | undefined> {
    const row = this.newest.get(itemKey) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** Oldest first, as a history reads. */
  async history(itemKey: string): Promise<StatusRecord[]> {
    return (this.all.all(itemKey) as Row[]).map(toRecord);
  }

  async changedSince(at: string): Promise<{ item: string; record: StatusRecord }[]> {
    return (this.since.all(at) as Row[]).map((row) => ({ item: row.item, record: toRecord(row) }));
  }
}

function toRecord(row: Row): StatusRecord {
  return { status: row.status, ...(row.note ? { note: row.note } : {}), by: row.by, at: row.at };
}
