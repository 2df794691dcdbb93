/**
 * The deadline dashboard's data: every tracked item placed in its bucket for today (the Riga date) and a horizon,
 * with owners, the deadline in words, days left or overdue, status and source; filtered by institution (responsible
 * or co-responsible), working group, document and bucket. Read through trackedItems/bucketOf, so the dashboard
 * agrees with the digest.
 */
import { NO_STATUSES, type StatusLookup } from '../../core/answer/answer-context.js';
import { cite } from '../../core/answer/citations.js';
import type { Language } from '../../core/answer/reply.js';
import { formatPeriod } from '../../core/deadlines/format-period.js';
import { type Bucket, bucketOf, type TrackedItem } from '../../core/deadlines/tracked-items.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { IsoDate, Party } from '../../core/knowledge/model.js';
import { bucketLabel } from './dashboard-words.js';

export interface DeadlineFilter {
  institution?: string;
  group?: string;
  document?: string;
  bucket?: Bucket;
}

export interface DeadlineQuery extends DeadlineFilter {
  today: IsoDate;
  horizon: number;
  lang: Language;
}

export interface Owner {
  name: string;
  /** The registry's full name, when the party resolves to an institution. */
  full?: string;
  role: 'responsible' | 'co-responsible';
}

export interface DeadlineRow {
  key: string;
  kind: TrackedItem['kind'];
  id: string;
  title: string;
  owners: Owner[];
  groupId?: string;
  document: string;
  bucket: Bucket;
  bucketLabel: string;
  days?: number;
  deadline: string;
  status?: string;
  source: { document: string; title: string; locator: string; quote: string };
}

const ORDER: Bucket[] = ['overdue', 'due-soon', 'starting-soon', 'unknown', 'ongoing', 'later', 'done'];

export function deadlineRows(
  kb: KnowledgeBase,
  items: TrackedItem[],
  query: DeadlineQuery,
  statuses: StatusLookup = NO_STATUSES,
): DeadlineRow[] {
  const rows = items.map((item) => toRow(kb, item, query, statuses));
  return rows.sort(
    (a, b) =>
      ORDER.indexOf(a.bucket) - ORDER.indexOf(b.bucket) ||
      (a.days ?? Number.MAX_SAFE_INTEGER) - (b.days ?? Number.MAX_SAFE_INTEGER) ||
      a.id.localeCompare(b.id, 'lv', { numeric: true }),
  );
}

function toRow(kb: KnowledgeBase, item: TrackedItem, query: DeadlineQuery, statuses: StatusLookup): DeadlineRow {
  const placement = bucketOf(item, statuses, query.today, query.horizon);
  const status = statuses.latest(item.key)?.status ?? item.baselineStatus;
  const owner = (role: Owner['role']) => (party: Party) => ownerOf(kb, party, role);
  return {
    key: item.key,
    kind: item.kind,
    id: item.id,
    title: item.title,
    owners: [...item.responsible.map(owner('responsible')), ...item.coResponsible.map(owner('co-responsible'))],
    ...(item.groupId ? { groupId: item.groupId } : {}),
    document: item.document,
    bucket: placement.bucket,
    bucketLabel: bucketLabel(placement.bucket, query.lang),
    ...(placement.days === undefined ? {} : { days: placement.days }),
    deadline: formatPeriod(item.period, query.lang),
    ...(status ? { status } : {}),
    source: { ...cite(item.source, query.lang) },
  };
}

function ownerOf(kb: KnowledgeBase, party: Party, role: Owner['role']): Owner {
  const institution = party.institution ? kb.registry.get(party.institution) : undefined;
  if (!institution) return { name: party.name, role };
  // A cell may name the body in any case form ("Labklājības ministrijas pārstāvis"); the table shows it the same
  // way everywhere: as written when that is an abbreviation, else its abbreviation, else its name.
  const short = institution.abbreviations.includes(party.name)
    ? party.name
    : (institution.abbreviations[0] ?? institution.name);
  return { name: short, full: institution.name, role };
}

/** Rows matching every filter given; the institution may be given by registry id or abbreviation. */
export function filterRows(
  kb: KnowledgeBase,
  items: TrackedItem[],
  rows: DeadlineRow[],
  filter: DeadlineFilter,
): DeadlineRow[] {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const institution = filter.institution ? institutionId(kb, filter.institution) : undefined;
  return rows.filter((row) => {
    const item = byKey.get(row.key);
    if (!item) return false;
    const parties = [...item.responsible, ...item.coResponsible];
    if (institution !== undefined && !parties.some((p) => p.institution === institution)) return false;
    if (filter.group && item.groupId !== filter.group) return false;
    if (filter.document && item.document !== filter.document) return false;
    return !filter.bucket || row.bucket === filter.bucket;
  });
}

function institutionId(kb: KnowledgeBase, value: string): string {
  return (kb.registry.get(value) ?? kb.registry.byAbbreviation(value))?.id ?? value;
}
