/**
 * Questions about one or more things (a measure, a report task, a programme activity, a group, a person): each is
 * rendered with the fields asked. A number that nothing has is answered plainly as not found, with close ids.
 */
import type { AnswerContext } from '../answer-context.js';
import { Draft } from '../draft.js';
import { askForSubject, notFoundReference } from '../not-found.js';
import { renderActivity } from '../render/activity.js';
import { renderGroup } from '../render/group.js';
import { renderMeasure } from '../render/measure.js';
import { renderPerson } from '../render/person.js';
import { renderDirection, renderPlanTask } from '../render/plan-structure.js';
import { renderReportTask } from '../render/report-task.js';
import type { Reply } from '../reply.js';
import { type Resolved, resolveSubjects } from '../subjects.js';
import { suggestFor } from '../suggestions.js';
import { fundingWithoutId } from './funding.js';

/** More than this many subjects in one answer stops being readable in chat. */
const MAX_SUBJECTS = 3;

export function answerSubject(ctx: AnswerContext, intent: string): Reply {
  const subjects = resolveSubjects(ctx.u, ctx.kb, ctx.previous);
  if (intent === 'funding' && subjects.resolved.every((s) => s.kind !== 'activity') && ctx.u.references.length === 0) {
    return fundingWithoutId(ctx, intent);
  }
  if (subjects.resolved.length === 0) {
    return subjects.missing.length > 0 ? notFoundReference(ctx, intent, subjects.missing) : askForSubject(ctx, intent);
  }
  const draft = new Draft();
  const shown = subjects.resolved.slice(0, MAX_SUBJECTS);
  if (isSharedId(shown)) draft.line(sharedIdNote(shown, ctx));
  for (const subject of shown) {
    render(subject, ctx, draft);
    suggestFor(subject, ctx, draft);
  }
  // 2.1.6 is a plan measure (no costs) and a programme activity (with its sum): the sum answers.
  if (shown.some((s) => s.kind === 'activity'))
    draft.gaps.splice(0, draft.gaps.length, ...draft.gaps.filter((g) => g !== 'funding'));
  for (const missing of subjects.missing) {
    draft.line(ctx.lang === 'lv' ? `${missing.id} dokumentos nav atrasts.` : `${missing.id} is not in the documents.`);
  }
  const note = ctx.names.note();
  if (note) draft.fact(ctx.lang === 'lv' ? 'Piezīme' : 'Note', note);
  return draft.reply(intent, ctx.lang, true);
}

function render(subject: Resolved, ctx: AnswerContext, draft: Draft): void {
  if (subject.kind === 'measure') renderMeasure(subject.item, ctx.fields, ctx, draft);
  else if (subject.kind === 'report-task') renderReportTask(subject.item, ctx.fields, ctx, draft);
  else if (subject.kind === 'activity') renderActivity(subject.item, ctx.fields, ctx, draft);
  else if (subject.kind === 'group') renderGroup(subject.item, ctx.fields, ctx, draft);
  else if (subject.kind === 'person') renderPerson(subject.item, ctx, draft);
  else if (subject.kind === 'plan-task') renderPlanTask(subject.item, ctx, draft);
  else if (subject.kind === 'direction') renderDirection(subject.item, ctx, draft);
  else {
    const name = ctx.names.institution(subject.item);
    draft.line(ctx.lang === 'lv' ? `Runa bija par ${name}.` : `We were talking about ${name}.`);
    draft.subject({ kind: 'institution', id: subject.item.id });
  }
}

function isSharedId(shown: Resolved[]): boolean {
  const ids = shown.map((s) => (s.kind === 'measure' || s.kind === 'activity' ? s.item.id : null));
  return shown.length === 2 && ids[0] !== null && ids[0] === ids[1];
}

function sharedIdNote(shown: Resolved[], ctx: AnswerContext): string {
  const id = shown[0]?.kind === 'measure' ? shown[0].item.id : '';
  return ctx.lang === 'lv'
    ? `Numurs ${id} ir divos dokumentos — plāna pasākums un valsts programmas pasākums; atbildu par abiem.`
    : `${id} exists in two documents — a plan measure and a state programme activity; here are both.`;
}
