/**
 * Item statuses set from chat ("4.4.5 izpildīts", a button on a digest line): every change is kept with who and
 * when (append-only), the newest wins, and answers and digests read them through StatusLookup. Marking checks
 * that the item exists, so a typo never records a status for nothing.
 */
import type { StatusLookup, StatusRecord } from '../core/answer/answer-context.js';
import type { TrackedItem } from '../core/deadlines/tracked-items.js';

/** Where answers and digests read statuses from: the store as it is at that moment, read once. */
export interface StatusSource {
  snapshot(): Promise<StatusLookup>;
}

export interface StatusRepo extends StatusSource {
  /** Appends the change; resolves only after it is written, so an acknowledgement is never early. */
  append(itemKey: string, record: StatusRecord): Promise<void>;
  latest(itemKey: string): Promise<StatusRecord | undefined>;
  /** Oldest first, as a history reads. */
  history(itemKey: string): Promise<StatusRecord[]>;
  /** Changes at or after the instant, newest first (for "recently done"). */
  changedSince(at: string): Promise<{ item: string; record: StatusRecord }[]>;
}

export type Status = StatusRecord['status'];

export interface MarkRequest {
  itemKey: string;
  status: Status;
  note?: string;
  by: string;
  now: Date;
}

export type MarkResult =
  | { ok: true; item: TrackedItem; record: StatusRecord; previous?: StatusRecord; unchanged: boolean }
  | { ok: false; reason: 'unknown-item' };

export async function markStatus(
  repo: StatusRepo,
  items: ReadonlyMap<string, TrackedItem>,
  req: MarkRequest,
): Promise<MarkResult> {
  const item = items.get(req.itemKey);
  if (!item) return { ok: false, reason: 'unknown-item' };
  const previous = await repo.latest(req.itemKey);
  const note = req.note?.trim();
  const record: StatusRecord = {
    status: req.status,
    ...(note ? { note } : {}),
    by: req.by,
    at: req.now.toISOString(),
  };
  const unchanged = previous?.status === record.status && (previous.note ?? '') === (record.note ?? '');
  if (!unchanged) await repo.append(req.itemKey, record);
  return {
    ok: true,
    item,
    record: unchanged && previous ? previous : record,
    ...(previous ? { previous } : {}),
    unchanged,
  };
}

/** A status table's rows (oldest first) as a lookup that answers at once, for the pure core. */
export function statusLookup(rows: readonly { item: string; record: StatusRecord }[]): StatusLookup {
  const byItem = new Map<string, StatusRecord[]>();
  for (const { item, record } of rows) byItem.set(item, [...(byItem.get(item) ?? []), record]);
  return {
    latest: (itemKey) => byItem.get(itemKey)?.at(-1),
    history: (itemKey) => [...(byItem.get(itemKey) ?? [])],
  };
}

/** Who marks: the chat's display name when the platform gives one, else the user id. */
export function markedBy(user: { id: string; name?: string } | undefined): string {
  if (!user) return 'unknown';
  return user.name && user.name !== user.id ? `${user.name} (${user.id})` : user.id;
}
