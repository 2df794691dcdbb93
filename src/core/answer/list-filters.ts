/**
 * The filters a list question sets (institution and its role, action direction, plan task, period, status, which
 * document) and the items that pass them. Period semantics: with a deadline word the item's deadline must name a
 * date in the span; without one, the item must be under way in it ("what is LM responsible for in 2025?").
 */
import { activeIn, isOverdue, namesDateIn } from '../deadlines/semantics.js';
import type { DocumentId, Measure, Party, Period, ProgrammeActivity, ReportTask } from '../knowledge/model.js';
import type { AnswerContext } from './answer-context.js';

export interface ListFilters {
  institution?: { id: string; role: 'responsible' | 'coResponsible' | 'any' };
  direction?: number;
  task?: string;
  period?: { kind: 'span' | 'overdue' | 'upcoming'; start?: string; end?: string; byDeadline: boolean };
  status?: 'done' | 'ongoing';
  documents: DocumentId[];
}

export interface Listed {
  measures: Measure[];
  reportTasks: ReportTask[];
  activities: ProgrammeActivity[];
}

export function listFilters(ctx: AnswerContext): ListFilters {
  const { u } = ctx;
  // "Kuros pasākumos tas ir līdzatbildīgs?" after a question about VPD: the institution is the conversation's.
  const fromContext = u.followUp ? ctx.previous?.subjects.find((s) => s.kind === 'institution') : undefined;
  const institution = u.institutions[0] ?? (fromContext ? { id: fromContext.id } : undefined);
  const role = u.fields.includes('coResponsible')
    ? 'coResponsible'
    : u.fields.includes('responsible')
      ? 'responsible'
      : 'any';
  const direction = u.references.find((r) => r.kind === 'direction');
  const task = u.references.find((r) => r.kind === 'plan-task');
  const status = u.statuses[0];
  const filters: ListFilters = { documents: inferDocuments(ctx) };
  if (institution) filters.institution = { id: institution.id, role };
  if (direction) filters.direction = Number(direction.id);
  if (task) filters.task = task.id;
  if (u.period) filters.period = { ...u.period, byDeadline: u.fields.includes('deadline') || u.period.kind !== 'span' };
  if (status) filters.status = status;
  return filters;
}

function inferDocuments(ctx: AnswerContext): DocumentId[] {
  const { u } = ctx;
  const named = u.documents.filter((d) => d === 'plan' || d === 'report' || d === 'programme');
  if (named.length > 0) return named;
  if (u.references.some((r) => r.kind === 'direction' || r.kind === 'plan-task')) return ['plan'];
  if (u.statuses.length > 0) return ['report', 'plan'];
  return ['plan', 'report', 'programme'];
}

export function applyFilters(f: ListFilters, ctx: AnswerContext): Listed {
  const k = ctx.kb.knowledge;
  const want = (d: DocumentId) => f.documents.includes(d);
  return {
    measures: want('plan') ? k.measures.filter((m) => m.id && measurePasses(m, f, ctx)) : [],
    reportTasks:
      want('report') && f.direction === undefined && !f.task ? k.reportTasks.filter((t) => taskPasses(t, f, ctx)) : [],
    // The programme is for 2026 as a whole: a period in the question ("2026. gadam") does not filter its activities.
    activities:
      want('programme') && f.direction === undefined && !f.task && !f.status
        ? k.activities.filter((a) => !f.institution || a.runBy.institution === f.institution.id)
        : [],
  };
}

function measurePasses(m: Measure, f: ListFilters, ctx: AnswerContext): boolean {
  if (f.direction !== undefined && m.direction !== f.direction) return false;
  if (f.task && m.task !== f.task) return false;
  if (f.institution && !hasParty(f.institution, m.responsible, m.coResponsible)) return false;
  const chat = ctx.statuses.latest(`measure:${m.id}`)?.status;
  if (f.status === 'done' && chat !== 'done') return false;
  if (f.status === 'ongoing' && chat === 'done') return false;
  return periodPasses(m.deadline, f, chat === 'done', ctx.today);
}

function taskPasses(t: ReportTask, f: ListFilters, ctx: AnswerContext): boolean {
  if (f.institution && !hasParty(f.institution, t.responsible, t.cooperating)) return false;
  const chat = ctx.statuses.latest(`report-task:${t.number}`)?.status;
  const done = chat ? chat === 'done' : t.status === 'done';
  if (f.status === 'done' && !done) return false;
  if (f.status === 'ongoing' && done) return false;
  return periodPasses(t.deadline, f, done, ctx.today);
}

function hasParty(filter: NonNullable<ListFilters['institution']>, lead: Party[], others: Party[]): boolean {
  const has = (list: Party[]) => list.some((p) => p.institution === filter.id);
  if (filter.role === 'responsible') return has(lead);
  if (filter.role === 'coResponsible') return has(others);
  return has(lead) || has(others);
}

function periodPasses(period: Period, f: ListFilters, done: boolean, today: string): boolean {
  const p = f.period;
  if (!p) return true;
  if (p.kind === 'overdue') return isOverdue(period, today, done);
  const span = { start: p.start ?? today, end: p.end ?? today };
  if (p.kind === 'upcoming') return !done && namesDateIn(period, span);
  return p.byDeadline ? namesDateIn(period, span) : activeIn(period, span);
}
