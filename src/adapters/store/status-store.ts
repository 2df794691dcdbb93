/**
 * Statuses, append-only: a change is a new row, never an update, so the history of who changed what and when is
 * complete. A write is durable when append resolves (SQLite in WAL with synchronous=FULL, or PostgreSQL's commit),
 * and every read goes to the store, so a status marked on one replica is seen on another at once.
 */
import { type StatusRepo, statusLookup } from '../../app/statuses.js';
import type { StatusLookup, StatusRecord } from '../../core/answer/answer-context.js';
import type { Db } from './sql.js';

interface Row {
  item: string;
  status: StatusRecord['status'];
  note: string | null;
  by: string;
  at: string;
}

export class StatusStore implements StatusRepo {
  constructor(private readonly db: Db) {}

  async append(itemKey: string, record: StatusRecord): Promise<void> {
    await this.db.run('INSERT INTO statuses (item, status, note, "by", at) VALUES (?, ?, ?, ?, ?)', [
      itemKey,
      record.status,
      record.note ?? null,
      record.by,
      record.at,
    ]);
  }

  async latest(itemKey: string): Promise<StatusRecord | undefined> {
    const row = await this.db.get<Row>('SELECT * FROM statuses WHERE item = ? ORDER BY id DESC LIMIT 1', [itemKey]);
    return row ? toRecord(row) : undefined;
  }

  /** Oldest first, as a history reads. */
  async history(itemKey: string): Promise<StatusRecord[]> {
    return (await this.db.all<Row>('SELECT * FROM statuses WHERE item = ? ORDER BY id', [itemKey])).map(toRecord);
  }

  async changedSince(at: string): Promise<{ item: string; record: StatusRecord }[]> {
    const rows = await this.db.all<Row>('SELECT * FROM statuses WHERE at >= ? ORDER BY id DESC', [at]);
    return rows.map((row) => ({ item: row.item, record: toRecord(row) }));
  }

  /** Every item's statuses as they are now, read in one query, for an answer or a digest to consult at once. */
  async snapshot(): Promise<StatusLookup> {
    const rows = await this.db.all<Row>('SELECT * FROM statuses ORDER BY id');
    return statusLookup(rows.map((row) => ({ item: row.item, record: toRecord(row) })));
  }
}

function toRecord(row: Row): StatusRecord {
  return { status: row.status, ...(row.note ? { note: row.note } : {}), by: row.by, at: row.at };
}
