/**
 * Projects named in a unit's text ("… projektu Nr. 4.3.6.5/1/24/I/001 “title”"), their period and their activities.
 * The period is the whole sentence that states it ("Projekta īstenošanas laiks no 12.2023. līdz 12.2029.",
 * "Kompensācijas periods plānots līdz 2029. gada 31. septembrim."), because its subject says which period it is: the
 * second project gives only the period of its compensations. Activities are the unit's later bullets that carry a
 * dated parenthesis ("Tematisko atbalsta grupu nodrošināšana (līguma izpilde uzsākta 2024. gada 4. cet., bet …)").
 */
import type { Period, Project, Warning } from '../../knowledge/model.js';
import { squash } from '../artefacts.js';
import { parsePeriod } from '../period.js';
import type { Segment } from './bac-segments.js';
import { slug } from './unit-names.js';
import { nameOf, type Registry } from './unit-registry.js';

const PROJECT = /projekt\p{L}*\s+Nr\.\s*(\d+(?:\.\d+)+\/\d+\/\d+\/[A-Z]+\/\d+)\s*“([^”]+)”/u;
const PERIOD = /^(?:Projekta īstenošanas laiks|\p{Lu}\p{Ll}+ periods)\s/u;

interface Draft {
  project: Omit<Project, 'period'>;
  unitKey?: string;
  periodRaw?: string;
}

export function findProjects(segments: Segment[], registry: Registry): { projects: Project[]; warnings: Warning[] } {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const segment of segments) {
    if (current && segment.unit !== current.unitKey) current = undefined;
    if (segment.kind === 'bullet') {
      const activity = current ? readActivity(segment.sentences.join(' ')) : undefined;
      if (activity) current?.project.activities.push(activity);
      continue;
    }
    for (const sentence of segment.sentences) {
      const named = PROJECT.exec(sentence);
      if (named) {
        current = newDraft(named, sentence, segment, registry);
        drafts.push(current);
        continue;
      }
      if (PERIOD.test(sentence) && current && current.periodRaw === undefined) current.periodRaw = sentence;
    }
  }
  return { projects: drafts.map(finish), warnings: drafts.filter((d) => d.periodRaw === undefined).map(noPeriod) };
}

function newDraft(named: RegExpExecArray, sentence: string, segment: Segment, registry: Registry): Draft {
  const id = named[1] as string;
  const project: Omit<Project, 'period'> = {
    id,
    title: squash(named[2] as string),
    activities: [],
    source: { document: 'bac', locator: `project ${id}`, line: segment.line, raw: sentence },
  };
  const unit = nameOf(registry, segment.unit);
  if (unit) project.unit = slug(unit);
  const draft: Draft = { project };
  if (segment.unit) draft.unitKey = segment.unit;
  return draft;
}

function finish(draft: Draft): Project {
  return { ...draft.project, period: parsePeriod(draft.periodRaw ?? '') };
}

function noPeriod(draft: Draft): Warning {
  return {
    document: 'bac',
    line: draft.project.source.line,
    kind: 'unreadable-deadline',
    message: `project ${draft.project.id}: the text gives no period`,
  };
}

/** The title before the first parenthesis that holds a year, and that parenthesis as the period. */
export function readActivity(text: string): { title: string; period: Period } | undefined {
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (ch === ')' && depth > 0) {
      depth -= 1;
      const inner = text.slice(start + 1, i);
      if (depth === 0 && /\d{4}/u.test(inner)) {
        const title = text.slice(0, start).trim();
        return title ? { title, period: parsePeriod(squash(inner)) } : undefined;
      }
    }
  }
  return undefined;
}
