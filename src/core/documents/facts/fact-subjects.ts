/**
 * What a passage is about, as specifically as the document says: a programme activity, a report task, a BAC unit,
 * its project and the project's activity. A fact is attached to that subject, so that "Cik nodarbību …
 * tematiskajās atbalsta grupās?" finds it by the activity's name even when its sentence does not repeat it.
 */
import type { DocumentExtract, FactSubject, Passage } from '../../knowledge/model.js';

export type SubjectOf = (passage: Passage) => FactSubject;

const SHORT_NAME = 160;

export function subjectResolver(extract: DocumentExtract): SubjectOf {
  const doc: FactSubject = { kind: 'document', id: extract.document.id, name: extract.document.title.lv, path: [] };
  const located = new Map<string, FactSubject>();
  for (const a of extract.activities) located.set(`activity ${a.id}`, subject('activity', a.id, a.title, []));
  for (const t of extract.reportTasks) {
    located.set(`task ${t.number}`, subject('report-task', String(t.number), short(t.text), []));
  }
  const bac = bacSubjects(extract);
  return (passage) => {
    const own = located.get(passage.source.locator);
    if (extract.document.id === 'bac') return bac(passage) ?? doc;
    if (own) return own;
    const section = passage.section.at(-1);
    return section ? subject('section', passage.source.locator, section, []) : doc;
  };
}

function subject(kind: FactSubject['kind'], id: string, name: string, path: string[]): FactSubject {
  return { kind, id, name, path: [...path, name] };
}

function short(text: string): string {
  return text.length <= SHORT_NAME ? text : `${text.slice(0, SHORT_NAME).replace(/\s+\S*$/u, '')}…`;
}

/**
 * In the BAC information a passage's innermost heading is its unit; a unit's project starts where the project is
 * named, and each of the project's activities where a passage opens with the activity's title.
 */
function bacSubjects(extract: DocumentExtract): (passage: Passage) => FactSubject | undefined {
  const starts = extract.projects.flatMap((project) =>
    project.activities.flatMap((activity) => {
      const first = extract.passages.find((p) => p.text.startsWith(activity.title));
      return first ? [{ line: first.source.line, project, title: activity.title }] : [];
    }),
  );
  return (passage) => {
    const unit = extract.units.find((u) => u.name === passage.section.at(-1));
    if (!unit) return undefined;
    const line = passage.source.line;
    const project = extract.projects.find((p) => p.unit === unit.id && p.source.line <= line);
    if (!project) return subject('unit', unit.id, unit.name, []);
    const inProject = [unit.name];
    const activity = starts.filter((s) => s.project === project && s.line <= line).at(-1);
    if (!activity) return subject('project', project.id, project.title, inProject);
    return subject('project-activity', `${project.id}:${activity.title}`, activity.title, [
      ...inProject,
      project.title,
    ]);
  };
}
