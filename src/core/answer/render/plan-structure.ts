/** A plan task or an action direction: its title and the measures (or tasks) under it, as a list. */
import type { Direction, PlanTask } from '../../knowledge/model.js';
import type { AnswerContext } from '../answer-context.js';
import { cite, documentTitle } from '../citations.js';
import type { Draft } from '../draft.js';
import { quote, shorten } from '../words.js';

export function renderPlanTask(t: PlanTask, ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const measures = ctx.kb.knowledge.measures.filter((m) => m.task === t.id && m.id);
  const doc = documentTitle(t.source, lang);
  draft.line(
    lang === 'lv'
      ? `${t.id}. uzdevums ${quote(shorten(t.title, 200))} (${doc}, ${t.direction}. rīcības virziens) — ${measures.length} pasākumi:`
      : `Task ${t.id} ${quote(shorten(t.title, 200))} (${doc}, action direction ${t.direction}) — ${measures.length} measures:`,
  );
  for (const m of measures) {
    draft.items.push({
      id: m.id ?? '',
      title: shorten(m.text, 110),
      detail: m.responsible.map((p) => p.name).join(', '),
    });
  }
  draft.source(cite(t.source, lang));
  draft.subject({ kind: 'plan-task', id: t.id });
}

export function renderDirection(d: Direction, ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const tasks = ctx.kb.knowledge.planTasks.filter((t) => t.direction === d.number);
  const measures = ctx.kb.knowledge.measures.filter((m) => m.direction === d.number);
  draft.line(
    lang === 'lv'
      ? `${d.number}. rīcības virziens ${quote(d.title)} (${documentTitle(d.source, lang)}): ${measures.length} pasākumi.`
      : `Action direction ${d.number} ${quote(d.title)} (${documentTitle(d.source, lang)}): ${measures.length} measures.`,
  );
  if (measures.length === 0) {
    draft.line(
      lang === 'lv'
        ? 'Plānā šim virzienam ir tikai virsraksts, pasākumu nav.'
        : 'The plan gives this direction a heading only, with no measures.',
    );
  }
  const taskTitles = tasks.map((t) => `${t.id}. ${shorten(t.title, 90)}`).join('; ');
  if (taskTitles) draft.fact(lang === 'lv' ? 'Uzdevumi' : 'Tasks', taskTitles);
  for (const m of measures) {
    if (m.id)
      draft.items.push({ id: m.id, title: shorten(m.text, 110), detail: m.responsible.map((p) => p.name).join(', ') });
  }
  draft.source(cite(d.source, lang));
  draft.subject({ kind: 'direction', id: String(d.number) });
}
