/**
 * Everything with a deadline that somebody must follow up: plan measures, report tasks, working groups and their
 * tasks. `bucketOf` places an item on a given day: overdue, due soon, starting soon, done, later, ongoing, unknown.
 * The dashboard, the digest and Slack's App Home all read deadlines through here, so they always agree.
 */
import type { StatusLookup } from '../answer/answer-context.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { DocumentId, IsoDate, Party, Period, Source } from '../knowledge/model.js';
import { addDays, daysBetween, dueDate, startDate } from './semantics.js';

export interface TrackedItem {
  /** The key statuses are kept under: "measure:4.4.5", "report-task:3", "group:5", "group-task:6:1". */
  key: string;
  kind: 'measure' | 'report-task' | 'group' | 'group-task';
  /** As shown to people: "4.4.5", "3", "5", "6 (1)". */
  id: string;
  title: string;
  responsible: Party[];
  coResponsible: Party[];
  /** The working group an item belongs to (its tasks and deadlines). */
  groupId?: string;
  document: DocumentId;
  period: Period;
  /** The document's own status where it states one (the report's "Izpildīts"). */
  baselineStatus?: 'done' | 'ongoing';
  source: Source;
}

export type Bucket = 'overdue' | 'due-soon' | 'starting-soon' | 'done' | 'later' | 'ongoing' | 'unknown';

export function trackedItems(k: Knowledge): TrackedItem[] {
  const items: TrackedItem[] = [];
  for (const m of k.measures) {
    if (!m.id) continue;
    items.push({
      key: `measure:${m.id}`,
      kind: 'measure',
      id: m.id,
      title: m.text,
      responsible: m.responsible,
      coResponsible: m.coResponsible,
      document: m.source.document,
      period: m.deadline,
      source: m.source,
    });
  }
  for (const t of k.reportTasks) {
    items.push({
      key: `report-task:${t.number}`,
      kind: 'report-task',
      id: String(t.number),
      title: t.text,
      responsible: t.responsible,
      coResponsible: t.cooperating,
      document: 'report',
      period: t.deadline,
      baselineStatus: t.status,
      source: t.source,
    });
  }
  for (const g of k.groups) {
    const owners = g.leader?.institution ? [g.leader.institution] : [];
    if (g.deadline) {
      items.push({
        key: `group:${g.id}`,
        kind: 'group',
        id: g.id,
        title: g.title,
        responsible: owners,
        coResponsible: [],
        groupId: g.id,
        document: 'groups',
        period: g.deadline,
        source: g.source,
      });
    }
    g.tasks.forEach((task, i) => {
      if (!task.deadline) return;
      items.push({
        key: `group-task:${g.id}:${i + 1}`,
        kind: 'group-task',
        id: `${g.id} (${i + 1})`,
        title: task.text,
        responsible: owners,
        coResponsible: [],
        groupId: g.id,
        document: 'groups',
        period: task.deadline,
        source: g.source,
      });
    });
  }
  return items;
}

export interface Placement {
  bucket: Bucket;
  /** Days from today to the due date (negative when overdue) or to the start (starting soon). */
  days?: number;
}

export function isDone(item: TrackedItem, statuses: StatusLookup): boolean {
  const chat = statuses.latest(item.key)?.status;
  return chat ? chat === 'done' : item.baselineStatus === 'done';
}

export function bucketOf(item: TrackedItem, statuses: StatusLookup, today: IsoDate, horizonDays: number): Placement {
  if (isDone(item, statuses)) return { bucket: 'done' };
  const horizon = addDays(today, horizonDays);
  const due = dueDate(item.period);
  if (due !== undefined) {
    const days = daysBetween(today, due);
    if (due < today) return { bucket: 'overdue', days };
    if (due <= horizon) return { bucket: 'due-soon', days };
  }
  const start = startDate(item.period);
  if (start !== undefined && start >= today && start <= horizon)
    return { bucket: 'starting-soon', days: daysBetween(today, start) };
  if (item.period.kind === 'unknown') return { bucket: 'unknown' };
  if (due !== undefined || (start !== undefined && start > horizon)) return { bucket: 'later' };
  return { bucket: 'ongoing' };
}
