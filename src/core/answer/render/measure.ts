/**
 * A plan measure in an answer: a heading naming it, the asked fields as sentences, the other key fields as facts,
 * and the measure's row cited. The raw deadline cell is quoted next to its reading in words.
 */
import { formatPeriod } from '../../deadlines/format-period.js';
import type { Measure } from '../../knowledge/model.js';
import type { Field } from '../../understand/understanding.js';
import type { AnswerContext } from '../answer-context.js';
import { cite, documentTitle } from '../citations.js';
import type { Draft } from '../draft.js';
import { fieldLabel, quote, shorten, w } from '../words.js';
import { statusLine } from './status-line.js';

const KEY_FIELDS: Field[] = ['responsible', 'coResponsible', 'deadline', 'indicator'];

export function renderMeasure(m: Measure, fields: Field[], ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  draft.line(heading(m, ctx));
  // "budžeta" in a measure's own title ("mācības no valsts budžeta līdzekļiem") does not ask for its funding.
  const costs = fields[0] === 'funding';
  const shown: Field[] = fields.length > 0 ? fields : ['text', 'result', ...KEY_FIELDS];
  const asked = shown.filter((f) => f !== 'funding' || costs);
  for (const field of asked) draft.line(sentence(m, field, ctx));
  for (const field of asked) if (fields.includes(field) && isBlank(m, field)) draft.gap(field);
  for (const field of KEY_FIELDS.filter((f) => !asked.includes(f))) {
    const value = value_(m, field, ctx);
    if (value) draft.fact(label(field, lang), value);
  }
  if (fields.length === 0) for (const note of m.footnotes) draft.line(`${w('footnote', lang)}: ${note}`);
  draft.source(cite(m.source, lang, quoteFor(m, asked)));
  draft.subject({ kind: 'measure', id: m.id ?? '' });
}

/** An asked cell the plan leaves empty (or fills with dots: "Termiņš:….."). */
function isBlank(m: Measure, field: Field): boolean {
  if (field === 'coResponsible') return m.coResponsible.length === 0;
  if (field === 'responsible') return m.responsible.length === 0;
  if (field === 'indicator') return !m.indicator.trim();
  if (field === 'result') return !m.result.trim();
  if (field === 'deadline') return m.deadline.kind === 'unknown';
  // The plan gives no costs at all: only the state programme's activities carry funding.
  if (field === 'funding') return true;
  return false;
}

function heading(m: Measure, ctx: AnswerContext): string {
  const doc = documentTitle(m.source, ctx.lang);
  const title = quote(shorten(m.text, 160));
  if (ctx.lang === 'lv') {
    const name = m.id
      ? `${m.id}. pasākums`
      : `Rinda bez numura pirms ${nextId(m, ctx)}. pasākuma (numurs dokumentā nav norādīts)`;
    return `${name} ${title} (${doc}, ${m.task}. uzdevums).`;
  }
  const name = m.id
    ? `Measure ${m.id}`
    : `The unnumbered row before measure ${nextId(m, ctx)} (the document gives it no number)`;
  return `${name} ${title} (${doc}, task ${m.task}).`;
}

function nextId(m: Measure, ctx: AnswerContext): string {
  const list = ctx.kb.knowledge.measures;
  const after = list.slice(list.indexOf(m) + 1).find((x) => x.id);
  return after?.id ?? '?';
}

function sentence(m: Measure, field: Field, ctx: AnswerContext): string {
  const value = value_(m, field, ctx);
  const { lang } = ctx;
  if (field === 'status') return statusLine(`measure:${m.id}`, ctx);
  if (field === 'coResponsible' && !value) {
    return lang === 'lv'
      ? 'Līdzatbildīgās institūcijas nav norādītas (šūna ir tukša).'
      : 'No co-responsible institutions are given (the cell is empty).';
  }
  if (field === 'funding') {
    return lang === 'lv'
      ? 'Plāns pasākumu finansējumu nenorāda; summas ir tikai valsts programmas 2026 pasākumiem.'
      : 'The plan gives no funding for its measures; only the state programme 2026 gives sums.';
  }
  if (!value) return '';
  return `${label(field, lang)}: ${value}`;
}

function value_(m: Measure, field: Field, ctx: AnswerContext): string {
  const { lang } = ctx;
  switch (field) {
    case 'responsible':
      return ctx.names.parties(m.responsible);
    case 'coResponsible':
      return ctx.names.parties(m.coResponsible);
    case 'deadline':
      return `${formatPeriod(m.deadline, lang)} (${lang === 'lv' ? 'dokumentā' : 'in the document'}: ${quote(m.deadline.raw)})`;
    case 'indicator':
    case 'count':
      return oneLine(m.indicator) || (lang === 'lv' ? 'nav norādīts' : 'none given');
    case 'result':
      return oneLine(m.result);
    case 'text':
      return oneLine(m.text);
    default:
      return '';
  }
}

function label(field: Field, lang: AnswerContext['lang']): string {
  return fieldLabel(field, lang);
}

function quoteFor(m: Measure, asked: Field[]): string {
  const first = asked[0];
  if (first === 'responsible') return m.responsible.map((p) => p.name).join(', ');
  if (first === 'coResponsible') return m.coResponsible.map((p) => p.name).join(', ');
  if (first === 'deadline') return m.deadline.raw;
  if (first === 'indicator' || first === 'count') return m.indicator;
  if (first === 'result') return m.result;
  return m.text;
}

/** Multi-line cells ("1) … 2) …") read as one line in chat. */
export function oneLine(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim().replace(/[;,]+$/u, ''))
    .filter(Boolean)
    .join('; ');
}
