/**
 * Lists: plan measures, report tasks and programme activities that pass the question's filters, counted and
 * summarised (the plain text shows the first items; chat adapters page through the rest).
 */
import { formatPeriod } from '../../deadlines/format-period.js';
import type { AnswerContext } from '../answer-context.js';
import { Draft } from '../draft.js';
import { asksForList } from '../guards.js';
import { applyFilters, type Listed, type ListFilters, listFilters } from '../list-filters.js';
import type { Reply } from '../reply.js';
import { reportTaskTitle } from '../short-title.js';
import { formatAmount, shorten, w } from '../words.js';
import { answerSearch } from './search.js';

export function answerList(ctx: AnswerContext, intent: string): Reply {
  const filters = listFilters(ctx);
  if (!hasFilter(filters) || !asksForList(ctx.u)) return answerSearch(ctx, 'search');
  const listed = applyFilters(filters, ctx);
  const draft = new Draft();
  const total = listed.measures.length + listed.reportTasks.length + listed.activities.length;
  draft.line(summary(filters, listed, total, ctx));
  addItems(listed, ctx, draft);
  if (filters.institution) draft.subject({ kind: 'institution', id: filters.institution.id });
  const note = ctx.names.note();
  if (note) draft.fact(ctx.lang === 'lv' ? 'Piezīme' : 'Note', note);
  return draft.reply(intent, ctx.lang, true);
}

function hasFilter(f: ListFilters): boolean {
  return (
    f.institution !== undefined ||
    f.direction !== undefined ||
    f.task !== undefined ||
    f.period !== undefined ||
    f.status !== undefined
  );
}

function summary(f: ListFilters, listed: Listed, total: number, ctx: AnswerContext): string {
  const { lang } = ctx;
  const parts = describeFilters(f, ctx);
  const counts = [
    listed.measures.length > 0 ? `${listed.measures.length} ${lang === 'lv' ? 'plāna pasākumi' : 'plan measures'}` : '',
    listed.reportTasks.length > 0
      ? `${listed.reportTasks.length} ${lang === 'lv' ? 'ziņojuma uzdevumi' : 'report tasks'}`
      : '',
    listed.activities.length > 0
      ? `${listed.activities.length} ${lang === 'lv' ? 'valsts programmas pasākumi' : 'state programme activities'}`
      : '',
  ].filter(Boolean);
  if (total === 0) return lang === 'lv' ? `Nav neviena ieraksta, ${parts}.` : `Nothing matches: ${parts}.`;
  return lang === 'lv'
    ? `Atrasti ${total} (${counts.join(', ')}), ${parts}:`
    : `Found ${total} (${counts.join(', ')}) ${parts}:`;
}

function describeFilters(f: ListFilters, ctx: AnswerContext): string {
  const { lang } = ctx;
  const bits: string[] = [];
  if (f.institution) {
    const institution = ctx.kb.registry.get(f.institution.id);
    const name = institution ? ctx.names.institution(institution) : f.institution.id;
    const role = {
      responsible: ['atbildīgā', 'responsible'],
      coResponsible: ['līdzatbildīgā', 'co-responsible'],
      any: ['iesaistīta', 'involved'],
    }[f.institution.role];
    bits.push(lang === 'lv' ? `kuros ${name} ir ${role[0]}` : `where ${name} is ${role[1]}`);
  }
  if (f.direction !== undefined)
    bits.push(lang === 'lv' ? `${f.direction}. rīcības virzienā` : `in action direction ${f.direction}`);
  if (f.task) bits.push(lang === 'lv' ? `${f.task}. uzdevumā` : `under task ${f.task}`);
  if (f.period) bits.push(periodWords(f.period, ctx));
  if (f.status) bits.push(lang === 'lv' ? (f.status === 'done' ? 'izpildīti' : 'izpilde turpinās') : f.status);
  return bits.join(lang === 'lv' ? ', ' : ', ');
}

function periodWords(p: NonNullable<ListFilters['period']>, ctx: AnswerContext): string {
  const { lang } = ctx;
  if (p.kind === 'overdue')
    return lang === 'lv'
      ? `termiņš pagājis (šodien ${ctx.today}), izpilde nav atzīmēta`
      : `past their deadline (today is ${ctx.today}) and not marked done`;
  const span = formatPeriod({ kind: 'range', start: p.start, end: p.end, unit: 'day', raw: '' }, lang);
  if (p.kind === 'upcoming') return lang === 'lv' ? `termiņš tuvākajā laikā (${span})` : `due soon (${span})`;
  if (p.byDeadline) return lang === 'lv' ? `termiņš ${span}` : `with a deadline ${span}`;
  return lang === 'lv' ? `kas norisinās ${span}` : `under way ${span}`;
}

function addItems(listed: Listed, ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  for (const m of listed.measures) {
    const who = m.responsible.map((p) => p.name).join(', ');
    draft.items.push({
      id: m.id ?? '',
      title: shorten(m.text, 110),
      detail: `${who}; ${formatPeriod(m.deadline, lang)}`,
    });
  }
  for (const t of listed.reportTasks) {
    const who = t.responsible.map((p) => p.name).join(', ');
    const label = lang === 'lv' ? `${t.number}. uzd.` : `Task ${t.number}`;
    draft.items.push({
      id: label,
      title: reportTaskTitle(t, 130),
      detail: `${who}; ${w(t.status, lang)}; ${formatPeriod(t.deadline, lang)}`,
    });
  }
  for (const a of listed.activities) {
    draft.items.push({
      id: a.id,
      title: shorten(a.title, 110),
      detail: `${formatAmount(a.funding.amount, lang)} euro`,
    });
  }
}
