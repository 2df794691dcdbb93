/**
 * A search hit that is, or sits inside, a structured item is answered as that item: a report task's status, an
 * activity's funding, a working group task's result and deadline. A question that names an item by its topic
 * ("the Skola–kopienā task", "the amendments to regulation Nr. 984") then gets the item's cells, not a paragraph.
 */

import { formatPeriod } from '../../deadlines/format-period.js';
import type { WorkingGroup } from '../../knowledge/model.js';
import type { SearchItem } from '../../search/search-item.js';
import { fold } from '../../text/fold.js';
import type { Field } from '../../understand/understanding.js';
import type { AnswerContext } from '../answer-context.js';
import { cite } from '../citations.js';
import type { Draft } from '../draft.js';
import { renderActivity } from '../render/activity.js';
import { groupName, renderGroup } from '../render/group.js';
import { renderMeasure } from '../render/measure.js';
import { renderReportTask } from '../render/report-task.js';
import { fieldLabel } from '../words.js';

/** Fields a passage's owner answers better than the passage itself. */
const CELL_FIELDS: Field[] = ['responsible', 'coResponsible', 'deadline', 'status', 'funding', 'result'];

const WHO_AND_STATUS: Field[] = ['responsible', 'coResponsible', 'status'];

export function renderOwner(item: SearchItem, ctx: AnswerContext, draft: Draft): boolean {
  const kb = ctx.kb;
  const id = item.id.replace(/^[a-z-]+:/u, '');
  if (item.kind === 'measure') {
    const measure = kb.knowledge.measures.find((m) => m.source.line === item.source.line);
    if (measure) renderMeasure(measure, ctx.fields, ctx, draft);
    return measure !== undefined;
  }
  if (item.kind === 'activity') {
    const activity = kb.activities.get(id);
    if (activity) renderActivity(activity, ctx.fields, ctx, draft);
    return activity !== undefined;
  }
  if (item.kind === 'group') {
    const group = kb.groups.get(id);
    if (group) renderGroup(group, ctx.fields, ctx, draft);
    return group !== undefined;
  }
  const asked = ctx.fields.filter((f) => CELL_FIELDS.includes(f));
  if (item.kind === 'report-task' || (item.kind === 'passage' && asked.length > 0))
    return renderInside(item, asked, ctx, draft);
  return false;
}

function renderInside(item: SearchItem, asked: Field[], ctx: AnswerContext, draft: Draft): boolean {
  const kb = ctx.kb;
  const { document, locator } = item.source;
  const number = /^(?:task|activity) (.+)$/u.exec(locator)?.[1];
  if (item.kind === 'report-task' || (document === 'report' && number)) {
    const task = kb.reportTasks.get(
      item.kind === 'report-task' ? item.id.replace(/^report-task:/u, '') : (number ?? ''),
    );
    // A date or figure in a task's progress text ("25. novembrī konference") is the passage's, not the task's.
    const own =
      task !== undefined &&
      (item.kind === 'report-task' || overlaps(task.text, item.body) || asked.some((f) => WHO_AND_STATUS.includes(f)));
    if (task && own) renderReportTask(task, asked, ctx, draft);
    return own;
  }
  if (document === 'programme' && number && asked.some((f) => f === 'funding' || f === 'responsible')) {
    const activity = kb.activities.get(number);
    if (activity) renderActivity(activity, asked, ctx, draft);
    return activity !== undefined;
  }
  if (document === 'groups') return renderGroupTask(item, asked, ctx, draft);
  return false;
}

/** The group task whose text the passage quotes, with its result and deadline. */
function renderGroupTask(item: SearchItem, asked: Field[], ctx: AnswerContext, draft: Draft): boolean {
  const group = [...ctx.kb.groups.values()].find((g) => g.source.line <= item.source.line && owns(g, item));
  const task = group?.tasks.find((t) => overlaps(t.text, item.body));
  if (!group || !task) return false;
  const { lang } = ctx;
  const name = groupName(group, lang);
  draft.line(`${lang === 'lv' ? 'Uzdevums' : 'Task'} (${name}): ${task.text}`);
  if (task.result) draft.line(`${fieldLabel('result', lang)}: ${task.result}`);
  const deadline = task.deadline ?? group.deadline;
  if (deadline)
    draft.line(
      `${fieldLabel('deadline', lang)}: ${formatPeriod(deadline, lang)} (${lang === 'lv' ? 'dokumentā' : 'in the document'}: “${deadline.raw}”)`,
    );
  else if (asked.includes('deadline')) {
    draft.line(lang === 'lv' ? 'Termiņš šim uzdevumam nav norādīts.' : 'No deadline is given for this task.');
    draft.gap('deadline');
  }
  draft.source(cite(group.source, lang, deadline?.raw ?? task.text));
  draft.subject({ kind: 'group', id: group.id });
  return true;
}

function owns(g: WorkingGroup, item: SearchItem): boolean {
  return item.source.locator.endsWith(` ${g.id}`) || (g.id === 'standing' && item.source.locator === 'standing group');
}

/** Whether a passage quotes the task: their first words agree. */
function overlaps(task: string, passage: string): boolean {
  const head = fold(task).replace(/\s+/gu, ' ').slice(0, 40);
  return head.length > 10 && fold(passage).replace(/\s+/gu, ' ').includes(head);
}
