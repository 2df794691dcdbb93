/**
 * The whole text the documents hold for a subject of a reply: every cell of a measure's row, a report task with its
 * progress, an activity with its results, a group with its tasks. The answerability check reads it, because a
 * reply shows only the asked fields while the question may name a detail ("Nr. 984") from another cell.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Party, Period } from '../knowledge/model.js';
import type { Subject } from './reply.js';

const parties = (list: readonly Party[]) => list.map((p) => p.name).join(', ');
const period = (p: Period | undefined) => p?.raw ?? '';

export function subjectText(s: Subject, kb: KnowledgeBase): string {
  switch (s.kind) {
    case 'measure': {
      const m = kb.measures.get(s.id);
      return m
        ? [
            m.text,
            m.result,
            m.indicator,
            parties(m.responsible),
            parties(m.coResponsible),
            period(m.deadline),
            ...m.footnotes,
          ].join('\n')
        : '';
    }
    case 'report-task': {
      const t = kb.reportTasks.get(s.id);
      return t ? [t.text, t.responsibleRaw, t.statusRaw, t.progress, ...t.footnotes].join('\n') : '';
    }
    case 'activity': {
      const a = kb.activities.get(s.id);
      return a ? [a.title, a.description, a.funding.raw, a.runBy.name, ...a.results].join('\n') : '';
    }
    case 'group': {
      const g = kb.groups.get(s.id);
      if (!g) return '';
      const tasks = g.tasks.flatMap((t) => [t.text, t.result ?? '', period(t.deadline)]);
      return [g.title, g.purpose, ...g.members.map((m) => m.raw), ...tasks, g.result ?? '', ...g.footnotes].join('\n');
    }
    default:
      return '';
  }
}
