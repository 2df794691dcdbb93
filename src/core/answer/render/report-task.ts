/** A task of the informative report in an answer: what it is, who leads it with whom, its deadline, status, progress. */
import { formatPeriod } from '../../deadlines/format-period.js';
import type { ReportTask } from '../../knowledge/model.js';
import type { Field } from '../../understand/understanding.js';
import type { AnswerContext } from '../answer-context.js';
import { cite, documentTitle } from '../citations.js';
import type { Draft } from '../draft.js';
import { fieldLabel, quote, shorten, w } from '../words.js';
import { statusLine } from './status-line.js';

const KEY_FIELDS: Field[] = ['responsible', 'deadline', 'status'];
const DETAILS: Field[] = ['text', 'responsible', 'deadline', 'status', 'progress'];

export function renderReportTask(t: ReportTask, fields: Field[], ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const doc = documentTitle(t.source, lang);
  const title = quote(shorten(t.text, 160));
  draft.line(lang === 'lv' ? `${t.number}. uzdevums ${title} (${doc}).` : `Task ${t.number} ${title} (${doc}).`);
  const asked = fields.length > 0 ? fields : DETAILS;
  for (const field of asked) draft.line(sentence(t, field, ctx));
  if (fields.includes('coResponsible') && t.cooperating.length === 0) draft.gap('coResponsible');
  if (fields.includes('deadline') && t.deadline.kind === 'unknown') draft.gap('deadline');
  for (const field of KEY_FIELDS.filter((f) => !asked.includes(f))) {
    const value = fieldValue(t, field, ctx);
    if (value) draft.fact(fieldLabel(field, lang), value);
  }
  draft.source(cite(t.source, lang, quoteFor(t, asked)));
  draft.subject({ kind: 'report-task', id: String(t.number) });
}

function sentence(t: ReportTask, field: Field, ctx: AnswerContext): string {
  if (field === 'status') {
    const chat = ctx.statuses.latest(`report-task:${t.number}`);
    const doc = `${fieldLabel('status', ctx.lang)}: ${fieldValue(t, 'status', ctx)}`;
    return chat ? `${doc}\n${statusLine(`report-task:${t.number}`, ctx)}` : doc;
  }
  const value = fieldValue(t, field, ctx);
  return value ? `${fieldLabel(field === 'coResponsible' ? 'coResponsible' : field, ctx.lang)}: ${value}` : '';
}

function fieldValue(t: ReportTask, field: Field, ctx: AnswerContext): string {
  const { lang } = ctx;
  switch (field) {
    case 'responsible': {
      const lead = ctx.names.parties(t.responsible);
      const withWhom = ctx.names.parties(t.cooperating);
      return withWhom ? `${lead}; ${w('cooperating', lang).toLowerCase()} ${withWhom}` : lead;
    }
    case 'coResponsible':
      return ctx.names.parties(t.cooperating) || (lang === 'lv' ? 'nav norādītas' : 'none given');
    case 'deadline':
      return `${formatPeriod(t.deadline, lang)} (${lang === 'lv' ? 'dokumentā' : 'in the document'}: ${quote(t.deadline.raw)})`;
    case 'status':
      return `${w(t.status, lang)} (${quote(t.statusRaw)})`;
    case 'progress':
    case 'result':
    case 'indicator':
    case 'count':
      return shorten(t.progress.replace(/\n+/g, ' '), 700);
    case 'text':
      return shorten(t.text, 600);
    default:
      return '';
  }
}

function quoteFor(t: ReportTask, asked: Field[]): string {
  const first = asked[0];
  if (first === 'responsible' || first === 'coResponsible' || first === 'deadline') return t.responsibleRaw;
  if (first === 'status') return t.statusRaw;
  if (first === 'progress' || first === 'result') return shorten(t.progress, 400);
  return shorten(t.text, 400);
}
