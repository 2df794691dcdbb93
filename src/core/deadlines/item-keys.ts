/**
 * The status keys of the tracked items a message names ("measure:4.4.5", "report-task:3", "group:5",
 * "group-task:6:1"): written out (a digest button's command), as numbers the understanding found, or as the
 * conversation's subject ("mark it done").
 */
import type { Subject } from '../answer/reply.js';
import type { Understanding } from '../understand/understanding.js';

const KEY = /\b((?:measure|report-task|group-task|group):[\w.:]*\w)/gu;

/** Keys written out in the text, as digest buttons send them. */
export function explicitKeys(text: string): string[] {
  return [...text.matchAll(KEY)].map((m) => m[1] as string);
}

/** Keys of the numbered things the understanding found: a bare three-level number is a plan measure. */
export function referenceKeys(u: Pick<Understanding, 'references' | 'groups'>): string[] {
  const keys: string[] = [];
  for (const ref of u.references) {
    if (ref.kind === 'measure' || (ref.kind === 'id' && /^\d+\.\d+\.\d+$/.test(ref.id))) keys.push(`measure:${ref.id}`);
    if (ref.kind === 'report-task') keys.push(`report-task:${ref.id}`);
    if (ref.kind === 'group') keys.push(`group:${ref.id}`);
  }
  for (const group of u.groups) if (group.confidence >= 1) keys.push(`group:${group.id}`);
  return [...new Set(keys)];
}

export function subjectKey(subject: Subject): string | undefined {
  if (subject.kind === 'measure' || subject.kind === 'report-task' || subject.kind === 'group')
    return `${subject.kind}:${subject.id}`;
  return undefined;
}
