/**
 * Task sections → GroupTask drafts, and whether "Rezultāts"/"Termiņš" belong to the tasks or to the group.
 *
 * Rules (read off the document):
 * - Numbered items ("1.", "1)") are tasks; letters and bullets under them are their sub-items.
 * - Without numbers, a lead-in ending in ":" followed by items is one task ("Sagatavot … tai skaitā par:" + list).
 * - Otherwise every item is a task.
 * - When a task section follows a result or deadline, the group gives each task its own result and deadline
 *   (groups 6 and 8); every result/deadline then goes to the task before it. Else they are the group's.
 */
import type { FieldSection } from './group-fields.js';
import { itemsText, type ListItem, renderItem, splitItems } from './list-items.js';

export interface TextAt {
  text: string;
  line: number;
}

export interface TaskDraft extends TextAt {
  result?: TextAt;
  deadline?: TextAt;
}

export interface TaskOutcome {
  tasks: TaskDraft[];
  result?: TextAt;
  deadline?: TextAt;
  /** Results or deadlines beyond the first at group level, which the group cannot hold. */
  extra: TextAt[];
}

export function assembleTasks(sections: FieldSection[]): TaskOutcome {
  const relevant = sections.filter((s) => s.field === 'tasks' || s.field === 'result' || s.field === 'deadline');
  const perTask = hasTaskAfterOutcome(relevant);
  const outcome: TaskOutcome = { tasks: [], extra: [] };
  for (const section of relevant) {
    if (section.field === 'tasks') {
      outcome.tasks.push(...buildTasks(splitItems(section.lines)));
      continue;
    }
    const value = sectionText(section);
    if (!value) continue;
    const key = section.field === 'result' ? 'result' : 'deadline';
    const owner = perTask ? outcome.tasks[outcome.tasks.length - 1] : undefined;
    const target: { result?: TextAt; deadline?: TextAt } = owner ?? outcome;
    if (target[key]) outcome.extra.push(value);
    else target[key] = value;
  }
  return outcome;
}

function hasTaskAfterOutcome(sections: FieldSection[]): boolean {
  let seenTask = false;
  let seenOutcomeAfterTask = false;
  for (const s of sections) {
    if (s.field === 'tasks') {
      if (seenOutcomeAfterTask) return true;
      seenTask = true;
    } else if (seenTask) {
      seenOutcomeAfterTask = true;
    }
  }
  return false;
}

function sectionText(section: FieldSection): TextAt | undefined {
  const items = splitItems(section.lines);
  const first = items[0];
  if (!first) return undefined;
  return { text: itemsText(items), line: first.line };
}

export function buildTasks(items: ListItem[]): TaskDraft[] {
  const first = items[0];
  if (!first) return [];
  if (items.some((i) => i.marker === 'number')) return numberedTasks(items);
  if (first.marker === 'none' && first.text.endsWith(':') && items.length > 1) {
    return [withSubItems(first, items.slice(1))];
  }
  return items.map((i) => ({ text: i.text, line: i.line }));
}

function numberedTasks(items: ListItem[]): TaskDraft[] {
  const groups: { head: ListItem; subs: ListItem[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (item.marker === 'number' || !last) groups.push({ head: item, subs: [] });
    else last.subs.push(item);
  }
  return groups.map((g) => withSubItems(g.head, g.subs));
}

function withSubItems(head: ListItem, subs: ListItem[]): TaskDraft {
  const text = [head.text, ...subs.map(renderItem)].join('\n');
  return { text, line: head.line };
}
