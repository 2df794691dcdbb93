/** One group block → WorkingGroup, its passages (purpose, tasks, results) and what could not be placed. */
import type { GroupTask, Member, Passage, Warning, WorkingGroup } from '../../knowledge/model.js';
import { type Footnote, footnoteTexts } from '../artefacts.js';
import { type TextBlock, toPassages } from '../passages.js';
import { parsePeriod } from '../period.js';
import { type FieldName, type FieldSection, splitFields } from './group-fields.js';
import type { GroupBlock, GroupHeading } from './group-headings.js';
import { assembleTasks, type TaskDraft, type TextAt } from './group-tasks.js';
import { itemsText, splitItems } from './list-items.js';
import { parseMember } from './members.js';

export interface BuiltGroup {
  group: WorkingGroup;
  passages: Passage[];
  warnings: Warning[];
}

export function buildGroup(block: GroupBlock, footnotes: Map<number, Footnote>): BuiltGroup {
  const { heading } = block;
  const opensWith = heading.opens ? { field: heading.opens, line: heading.line } : undefined;
  const { sections, stray } = splitFields(block.body, opensWith);
  const outcome = assembleTasks(sections);
  const purpose = fieldValue(sections, 'purpose');
  const group: WorkingGroup = {
    id: heading.id,
    kind: heading.kind,
    title: heading.title,
    purpose: purpose?.text ?? '',
    members: memberList(sections),
    tasks: outcome.tasks.map(toGroupTask),
    footnotes: footnoteTexts(references(block), footnotes),
    source: { document: 'groups', locator: locatorOf(heading), line: heading.line, raw: heading.raw },
  };
  const leader = fieldValue(sections, 'leader');
  if (leader) group.leader = parseMember(leader.text);
  const deputy = fieldValue(sections, 'deputy');
  if (deputy) group.deputy = parseMember(deputy.text);
  if (outcome.result) group.result = outcome.result.text;
  if (outcome.deadline) group.deadline = parsePeriod(outcome.deadline.text);
  const warnings = [...stray, ...outcome.extra].map((s) => strayWarning(heading, s));
  return { group, passages: groupPassages(heading, purpose, outcome), warnings };
}

export function locatorOf(heading: GroupHeading): string {
  if (heading.kind === 'standing') return 'standing group';
  return `${heading.kind} ${heading.id}`;
}

function fieldValue(sections: FieldSection[], field: FieldName): TextAt | undefined {
  const section = sections.find((s) => s.field === field);
  if (!section) return undefined;
  const items = splitItems(section.lines);
  const first = items[0];
  return first ? { text: itemsText(items), line: first.line } : undefined;
}

function memberList(sections: FieldSection[]): Member[] {
  return sections
    .filter((s) => s.field === 'members')
    .flatMap((s) => splitItems(s.lines))
    .map((item) => parseMember(item.text));
}

function toGroupTask(draft: TaskDraft): GroupTask {
  const task: GroupTask = { text: draft.text };
  if (draft.result) task.result = draft.result.text;
  if (draft.deadline) task.deadline = parsePeriod(draft.deadline.text);
  return task;
}

function references(block: GroupBlock): number[] {
  const refs = [...block.headingLines, ...block.body].flatMap((l) => l.refs);
  return [...new Set(refs)];
}

function groupPassages(heading: GroupHeading, purpose: TextAt | undefined, outcome: ReturnType<typeof assembleTasks>) {
  const blocks: TextBlock[] = [];
  if (purpose) blocks.push(purpose);
  for (const task of outcome.tasks) {
    blocks.push(task);
    if (task.result) blocks.push(task.result);
  }
  if (outcome.result) blocks.push(outcome.result);
  const section = heading.section ? [heading.section, heading.title] : [heading.title];
  return toPassages(blocks, { document: 'groups', section, locator: locatorOf(heading) });
}

function strayWarning(heading: GroupHeading, at: { text: string; line: number }): Warning {
  return {
    document: 'groups',
    line: at.line,
    kind: 'malformed',
    message: `${locatorOf(heading)}: text outside any field, not used: "${at.text.slice(0, 80)}"`,
  };
}
