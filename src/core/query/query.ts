/**
 * A list question as a value: which items (documents, institutions with their role and how they combine, action
 * direction, plan task, period and its meaning, status) and what is done with them (list, count, sum, extreme).
 * Wording variants parse to the same Query, and one executor answers them all.
 */
import type { DocumentId, IsoDate } from '../knowledge/model.js';

export type Role = 'responsible' | 'coResponsible' | 'any';

export interface InstitutionFilter {
  id: string;
  role: Role;
  /** The item must not have it in that role ("VM nav starp līdzatbildīgajām"). */
  negated: boolean;
}

export interface PeriodFilter {
  kind: 'span' | 'overdue' | 'upcoming';
  start?: IsoDate;
  end?: IsoDate;
  /** due: a deadline in the span; starting: a start in it; active: under way at some time in it. */
  meaning: 'due' | 'starting' | 'active';
}

export interface Query {
  documents: DocumentId[];
  institutions: InstitutionFilter[];
  /** all: every named institution has the role in the item; any: at least one. */
  combine: 'all' | 'any';
  /** The named institutions are the only ones in their role (no one else responsible). */
  only: boolean;
  /** "viena pati, bez līdzatbildīgajām": no co-responsible institution at all. */
  noOthers: boolean;
  direction?: number;
  task?: string;
  period?: PeriodFilter;
  status?: 'done' | 'ongoing';
  /** Funding in euro the item must have ("Kuriem pasākumiem finansējums ir 30 000 euro?"). */
  amount?: number;
  select: 'list' | 'count' | 'sum' | 'max' | 'min';
}

export function hasFilter(q: Query): boolean {
  return (
    q.institutions.length > 0 ||
    q.noOthers ||
    q.direction !== undefined ||
    q.task !== undefined ||
    q.period !== undefined ||
    q.status !== undefined ||
    q.amount !== undefined ||
    q.select === 'max' ||
    q.select === 'min'
  );
}
