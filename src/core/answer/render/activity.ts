/** A state programme activity in an answer: who provides it, its funding and its results. */
import type { ProgrammeActivity } from '../../knowledge/model.js';
import type { Field } from '../../understand/understanding.js';
import type { AnswerContext } from '../answer-context.js';
import { cite, documentTitle } from '../citations.js';
import type { Draft } from '../draft.js';
import { fieldLabel, formatAmount, quote, shorten, w } from '../words.js';

const DETAILS: Field[] = ['text', 'responsible', 'funding', 'result'];
const KEY_FIELDS: Field[] = ['responsible', 'funding', 'result'];

export function renderActivity(a: ProgrammeActivity, fields: Field[], ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const doc = documentTitle(a.source, lang);
  const title = quote(shorten(a.title, 160));
  draft.line(lang === 'lv' ? `${doc}: ${a.id}. pasākums ${title}.` : `${doc}, activity ${a.id} ${title}.`);
  const asked = fields.length > 0 ? fields : DETAILS;
  for (const field of asked) draft.line(sentence(a, field, ctx));
  if (fields.includes('coResponsible')) draft.gap('coResponsible');
  for (const field of KEY_FIELDS.filter(
    (f) => !asked.includes(f) && !(f === 'result' && asked.includes('indicator')),
  )) {
    const value = fieldValue(a, field, ctx);
    if (value) draft.fact(label(field, ctx), value);
  }
  draft.source(cite(a.source, lang, asked.includes('funding') ? a.funding.raw : a.title));
  if (asked.includes('responsible')) draft.source(cite(a.runBySource, lang));
  draft.subject({ kind: 'activity', id: a.id });
}

function sentence(a: ProgrammeActivity, field: Field, ctx: AnswerContext): string {
  if (field === 'deadline') {
    return ctx.lang === 'lv'
      ? 'Programma ir 2026. gadam; atsevišķs termiņš šim pasākumam nav norādīts.'
      : 'The programme covers 2026; no separate deadline is given for this activity.';
  }
  if (field === 'coResponsible') {
    return ctx.lang === 'lv'
      ? 'Līdzatbildīgās institūcijas programmā nav norādītas.'
      : 'The programme names no co-responsible institutions.';
  }
  const value = fieldValue(a, field, ctx);
  return value ? `${label(field, ctx)}: ${value}` : '';
}

function label(field: Field, ctx: AnswerContext): string {
  if (field === 'responsible') return w('runBy', ctx.lang);
  if (field === 'result' || field === 'indicator' || field === 'count') return w('results', ctx.lang);
  return fieldLabel(field, ctx.lang);
}

function fieldValue(a: ProgrammeActivity, field: Field, ctx: AnswerContext): string {
  const { lang } = ctx;
  switch (field) {
    case 'responsible': {
      const institution = a.runBy.institution ? ctx.kb.registry.get(a.runBy.institution) : undefined;
      return institution ? ctx.names.institution(institution) : a.runBy.name;
    }
    case 'funding':
      return `${formatAmount(a.funding.amount, lang)} euro (${lang === 'lv' ? 'dokumentā' : 'in the document'}: ${quote(a.funding.raw)})`;
    case 'result':
    case 'indicator':
    case 'count':
      return a.results.map((r, i) => (a.results.length > 1 ? `${i + 1}) ${r}` : r)).join('; ');
    case 'text':
      return shorten(a.description, 500);
    default:
      return '';
  }
}
