/**
 * The things a question is about, looked up in the knowledge: its own references, groups and people, or, for a
 * follow-up without a subject of its own, the conversation's last ones. An id that is both a plan measure and a
 * programme activity (2.1.6) gives both unless the question or the conversation says which.
 */
import type { KnowledgeBase, Person } from '../knowledge/knowledge-base.js';
import type {
  Direction,
  Institution,
  Measure,
  PlanTask,
  ProgrammeActivity,
  ReportTask,
  WorkingGroup,
} from '../knowledge/model.js';
import type { Reference, Understanding } from '../understand/understanding.js';
import type { ConversationState } from './conversation.js';
import type { Subject } from './reply.js';

export type Resolved =
  | { kind: 'measure'; item: Measure }
  | { kind: 'report-task'; item: ReportTask }
  | { kind: 'activity'; item: ProgrammeActivity }
  | { kind: 'plan-task'; item: PlanTask }
  | { kind: 'direction'; item: Direction }
  | { kind: 'group'; item: WorkingGroup }
  | { kind: 'person'; item: Person }
  | { kind: 'institution'; item: Institution };

export interface Subjects {
  resolved: Resolved[];
  /** References the question makes that nothing in the documents has. */
  missing: Reference[];
  /** True when the subjects came from the conversation, not the question. */
  fromContext: boolean;
}

export function resolveSubjects(u: Understanding, kb: KnowledgeBase, previous?: ConversationState): Subjects {
  const resolved: Resolved[] = [];
  const missing: Reference[] = [];
  const preferActivity =
    u.documents.includes('programme') || u.fields.includes('funding') || previousKinds(previous).has('activity');
  const preferMeasure = u.documents.includes('plan') || previousKinds(previous).has('measure');
  for (const ref of [...u.references, ...contextualReferences(u, previous)]) {
    if (ref.kind === 'plan-task' && u.documents.includes('programme') && !u.documents.includes('plan')) {
      // "programmas 3.1. pasākums": the programme numbers its sections so; the plan's task 3.1 is not meant.
      const activities = kb.knowledge.activities.filter((a) => a.section === ref.id);
      if (activities.length === 0) missing.push({ ...ref, kind: 'activity' });
      resolved.push(...activities.map((item) => ({ kind: 'activity' as const, item })));
      continue;
    }
    const found = lookup(ref, kb, preferActivity, preferMeasure);
    if (found.length === 0 && ref.kind !== 'group') missing.push(ref);
    resolved.push(...found);
  }
  for (const g of u.groups) {
    const group = kb.groups.get(g.id);
    if (group && !resolved.some((r) => r.kind === 'group' && r.item.id === g.id))
      resolved.push({ kind: 'group', item: group });
  }
  for (const p of u.persons) {
    const person = kb.people.find((x) => x.name === p.name);
    if (person) resolved.push({ kind: 'person', item: person });
  }
  if (resolved.length > 0 || missing.length > 0 || !previous) return { resolved, missing, fromContext: false };
  return { resolved: fromState(previous, kb), missing: [], fromContext: true };
}

function lookup(ref: Reference, kb: KnowledgeBase, preferActivity: boolean, preferMeasure: boolean): Resolved[] {
  const get = <K extends Resolved['kind']>(kind: K, item: Extract<Resolved, { kind: K }>['item'] | undefined) =>
    item ? [{ kind, item } as Resolved] : [];
  switch (ref.kind) {
    // A measure the question calls an activity (or the other way round) is still the one meant when only one exists.
    case 'measure':
      // "Cik naudas paredzēts 2.1.6. pasākumam?": only the programme's 2.1.6 has funding.
      if (preferActivity && !preferMeasure && kb.activities.has(ref.id))
        return get('activity', kb.activities.get(ref.id));
      return get('measure', kb.measures.get(ref.id)).concat(
        kb.measures.has(ref.id) ? [] : get('activity', kb.activities.get(ref.id)),
      );
    case 'activity':
      return get('activity', kb.activities.get(ref.id)).concat(
        kb.activities.has(ref.id) ? [] : get('measure', kb.measures.get(ref.id)),
      );
    case 'report-task':
      return get('report-task', kb.reportTasks.get(ref.id));
    case 'plan-task':
      return get('plan-task', kb.planTasks.get(ref.id));
    case 'direction':
      return get('direction', kb.directions.get(ref.id));
    case 'group':
      return get('group', kb.groups.get(ref.id));
    case 'id': {
      const measure = get('measure', kb.measures.get(ref.id));
      const activity = get('activity', kb.activities.get(ref.id));
      if (measure.length > 0 && activity.length > 0) {
        if (preferActivity && !preferMeasure) return activity;
        if (preferMeasure && !preferActivity) return measure;
      }
      return [...measure, ...activity];
    }
  }
}

/**
 * "un 10.?" after a question about the report's task 9: a bare number continues the previous subject's kind.
 * Only for follow-ups, and only when the message names nothing else.
 */
function contextualReferences(u: Understanding, previous?: ConversationState): Reference[] {
  const kind = previous?.subjects[0]?.kind;
  if (!u.followUp || u.references.length > 0 || !kind) return [];
  const single = kind === 'report-task' || kind === 'group' || kind === 'direction';
  const pattern = single
    ? /(?<![\d.])(\d{1,2})\.?(?![\d.]*\d)/gu
    : /(?<![\d.])(\d{1,2}\.\d{1,2}\.\d{1,2})\.?(?![\d.]*\d)/gu;
  return [...u.text.matchAll(pattern)].map((m) => ({ kind: single ? kind : 'id', id: m[1] as string, raw: m[0] }));
}

function previousKinds(previous?: ConversationState): Set<Subject['kind']> {
  return new Set(previous?.subjects.map((s) => s.kind) ?? []);
}

function fromState(state: ConversationState, kb: KnowledgeBase): Resolved[] {
  return state.subjects.flatMap((s): Resolved[] => {
    switch (s.kind) {
      case 'measure':
        return wrap('measure', kb.measures.get(s.id));
      case 'report-task':
        return wrap('report-task', kb.reportTasks.get(s.id));
      case 'activity':
        return wrap('activity', kb.activities.get(s.id));
      case 'plan-task':
        return wrap('plan-task', kb.planTasks.get(s.id));
      case 'direction':
        return wrap('direction', kb.directions.get(s.id));
      case 'group':
        return wrap('group', kb.groups.get(s.id));
      case 'person':
        return wrap(
          'person',
          kb.people.find((p) => p.name === s.id),
        );
      case 'institution':
        return wrap('institution', kb.registry.get(s.id));
      default:
        return [];
    }
  });
}

function wrap<K extends Resolved['kind']>(
  kind: K,
  item: Extract<Resolved, { kind: K }>['item'] | undefined,
): Resolved[] {
  return item ? [{ kind, item } as Resolved] : [];
}

/** The subject a resolved item is remembered as. */
export function subjectOf(r: Resolved): Subject {
  switch (r.kind) {
    case 'measure':
      return { kind: 'measure', id: r.item.id ?? '' };
    case 'report-task':
      return { kind: 'report-task', id: String(r.item.number) };
    case 'activity':
      return { kind: 'activity', id: r.item.id };
    case 'plan-task':
      return { kind: 'plan-task', id: r.item.id };
    case 'direction':
      return { kind: 'direction', id: String(r.item.number) };
    case 'group':
      return { kind: 'group', id: r.item.id };
    case 'person':
      return { kind: 'person', id: r.item.name };
    case 'institution':
      return { kind: 'institution', id: r.item.id };
  }
}
