/**
 * Query × knowledge → the items that pass, and the figure asked for (a count, a sum, the extreme activities).
 * Period meanings: due (a deadline in the span), starting (a start in it), active (under way at some time in it).
 * The state programme is for 2026 as a whole: its activities are under way, and due, in 2026.
 */
import { activeIn, isOverdue, namesDateIn, startDate } from '../deadlines/semantics.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { IsoDate, Measure, Party, Period, ProgrammeActivity, ReportTask } from '../knowledge/model.js';
import type { InstitutionFilter, Query } from './query.js';

/** The chat-marked status of an item ("measure:4.4.5"), if any. */
export type ChatStatus = (itemKey: string) => string | undefined;

export interface Executed {
  measures: Measure[];
  reportTasks: ReportTask[];
  activities: ProgrammeActivity[];
  /** The sum of the activities' funding, for `sum`. */
  sum?: number;
}

const PROGRAMME_PERIOD: Period = { kind: 'range', start: '2026-01-01', end: '2026-12-31', unit: 'year', raw: '2026' };

export function execute(q: Query, k: Knowledge, chat: ChatStatus, today: IsoDate): Executed {
  const want = (d: Query['documents'][number]) => q.documents.includes(d);
  // Only the programme's activities carry funding: an amount asks about them alone.
  const planOnly = q.direction !== undefined || q.task !== undefined;
  if (q.amount !== undefined)
    return { measures: [], reportTasks: [], activities: k.activities.filter((a) => a.funding.amount === q.amount) };
  const measures = want('plan') ? k.measures.filter((m) => m.id && measurePasses(m, q, chat, today)) : [];
  const reportTasks = want('report') && !planOnly ? k.reportTasks.filter((t) => taskPasses(t, q, chat, today)) : [];
  let activities =
    want('programme') && !planOnly && !q.status ? k.activities.filter((a) => activityPasses(a, q, today)) : [];
  if (q.select === 'max' || q.select === 'min') activities = extremes(activities, q.select);
  const result: Executed = { measures, reportTasks, activities };
  if (q.select === 'sum') result.sum = activities.reduce((s, a) => s + a.funding.amount, 0);
  return result;
}

function measurePasses(m: Measure, q: Query, chat: ChatStatus, today: IsoDate): boolean {
  if (q.direction !== undefined && m.direction !== q.direction) return false;
  if (q.task && m.task !== q.task) return false;
  if (!partiesPass(q, m.responsible, m.coResponsible)) return false;
  const done = chat(`measure:${m.id}`) === 'done';
  if (q.status === 'done' && !done) return false;
  if (q.status === 'ongoing' && done) return false;
  return periodPasses(m.deadline, q, done, today);
}

function taskPasses(t: ReportTask, q: Query, chat: ChatStatus, today: IsoDate): boolean {
  if (!partiesPass(q, t.responsible, t.cooperating)) return false;
  const marked = chat(`report-task:${t.number}`);
  const done = marked ? marked === 'done' : t.status === 'done';
  if (q.status === 'done' && !done) return false;
  if (q.status === 'ongoing' && done) return false;
  return periodPasses(t.deadline, q, done, today);
}

function activityPasses(a: ProgrammeActivity, q: Query, today: IsoDate): boolean {
  const lead: Party[] = a.runBy.institution ? [a.runBy] : [];
  if (!partiesPass(q, lead, [])) return false;
  return periodPasses(PROGRAMME_PERIOD, q, false, today);
}

function partiesPass(q: Query, lead: readonly Party[], others: readonly Party[]): boolean {
  if (q.institutions.length === 0) return !q.noOthers || others.length === 0;
  const positive = q.institutions.filter((f) => !f.negated);
  const negative = q.institutions.filter((f) => f.negated);
  if (negative.some((f) => holds(f, lead, others))) return false;
  const matches = positive.map((f) => holds(f, lead, others));
  if (positive.length > 0 && !(q.combine === 'all' ? matches.every(Boolean) : matches.some(Boolean))) return false;
  if (q.only && positive.length > 0) {
    const named = new Set(positive.map((f) => f.id));
    const role = positive[0]?.role === 'coResponsible' ? others : lead;
    if (role.some((p) => !p.institution || !named.has(p.institution))) return false;
  }
  return !q.noOthers || others.length === 0;
}

function holds(f: InstitutionFilter, lead: readonly Party[], others: readonly Party[]): boolean {
  const has = (list: readonly Party[]) => list.some((p) => p.institution === f.id);
  if (f.role === 'responsible') return has(lead);
  if (f.role === 'coResponsible') return has(others);
  return has(lead) || has(others);
}

function periodPasses(period: Period, q: Query, done: boolean, today: IsoDate): boolean {
  const p = q.period;
  if (!p) return true;
  if (p.kind === 'overdue') return isOverdue(period, today, done);
  const span = { start: p.start ?? today, end: p.end ?? today };
  if (p.kind === 'upcoming') return !done && namesDateIn(period, span);
  if (p.meaning === 'starting') {
    const start = startDate(period);
    return start !== undefined && start >= span.start && start <= span.end;
  }
  return p.meaning === 'due' ? namesDateIn(period, span) : activeIn(period, span);
}

/** The activities with the largest (or smallest) funding: every one of a tie. */
function extremes(list: ProgrammeActivity[], which: 'max' | 'min'): ProgrammeActivity[] {
  if (list.length === 0) return list;
  const amounts = list.map((a) => a.funding.amount);
  const target = which === 'max' ? Math.max(...amounts) : Math.min(...amounts);
  return list.filter((a) => a.funding.amount === target);
}
