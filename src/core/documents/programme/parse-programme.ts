/**
 * The state programme 2026 → its sections, its activities (funding, results, who runs each as the introduction
 * assigns it), the stated total checked against the activities' sum, and passages of its running text.
 */
import type {
  DocumentExtract,
  Passage,
  ProgrammeActivity,
  ProgrammeSection,
  ProgrammeTotal,
  Warning,
} from '../../knowledge/model.js';
import { preprocess, squash } from '../artefacts.js';
import { DOCUMENTS, emptyExtract, ParseError } from '../catalogue.js';
import { toPassages } from '../passages.js';
import { cleanLine, type SourceLine, sliceLines } from '../report/source-lines.js';
import { readActivity } from './activity.js';
import { euroAmount, hasFunding, readActivityBody } from './activity-body.js';
import { headingNumberWarnings } from './heading-numbers.js';
import { depth, type Part, parentId, readOutline } from './outline.js';
import { programmePassages } from './programme-passages.js';
import { assignmentWarnings, readProviders } from './providers.js';

const TOTAL = /kopējais finansējums\s*[–—:-]/iu;

export function parseProgramme(text: string): DocumentExtract {
  const { lines } = preprocess(text);
  const all = sliceLines(lines, 0, lines.length);
  const titleAt = all.findIndex((l) => squash(l.text) === DOCUMENTS.programme.title.lv);
  if (titleAt < 0) throw new ParseError('programme', 'title line not found');
  const totalAt = all.findIndex((l, i) => i > titleAt && TOTAL.test(cleanLine(l.text).text));
  const outline = readOutline(all.slice(titleAt + 1, totalAt < 0 ? all.length : totalAt));
  if (outline.parts.length === 0) throw new ParseError('programme', 'no numbered headings found');
  const providers = readProviders(outline.intro);
  const activityParts = outline.parts.filter((p) => hasFunding(p.body));
  const readings = activityParts.map((part) => readActivity(part, providers));
  const activities = readings.flatMap((r) => (r.activity ? [r.activity] : []));
  const total = readTotal(all[totalAt], activities);
  return {
    ...emptyExtract('programme'),
    programmeSections: sections(outline.parts),
    activities,
    ...(total.programmeTotal ? { programmeTotal: total.programmeTotal } : {}),
    passages: [
      ...passages(outline.intro, outline.parts, activityParts),
      ...signature(totalAt < 0 ? [] : all.slice(totalAt + 1)),
    ],
    warnings: [
      ...outline.warnings,
      ...assignmentWarnings(
        providers,
        outline.parts.map((p) => p.heading.id),
      ),
      ...outline.parts.flatMap((p) => headingNumberWarnings(p.heading, p.body)),
      ...readings.flatMap((r) => r.warnings),
      ...total.warnings,
    ],
  };
}

/** Chapters and their sections; chapter 1 is both a section and an activity. */
function sections(parts: Part[]): ProgrammeSection[] {
  return parts
    .filter((p) => depth(p.heading.id) <= 2)
    .map(({ heading: { id, title, line, raw } }) => ({
      id,
      title,
      source: { document: 'programme', locator: `section ${id}`, line, raw },
    }));
}

function readTotal(
  line: SourceLine | undefined,
  activities: ProgrammeActivity[],
): { programmeTotal?: ProgrammeTotal; warnings: Warning[] } {
  const sum = activities.reduce((s, a) => s + a.funding.amount, 0);
  const raw = line ? cleanLine(line.text).text : '';
  const stated = euroAmount(raw);
  if (!line || stated === undefined) {
    const message = line ? `total without an amount in euro: "${raw}"` : 'no total funding line found';
    return { warnings: [{ document: 'programme', line: line?.line ?? 0, kind: 'malformed', message }] };
  }
  const programmeTotal = {
    stated,
    sum,
    matches: stated === sum,
    source: { document: 'programme', locator: 'total', line: line.line, raw },
  } as const;
  if (programmeTotal.matches) return { programmeTotal, warnings: [] };
  const message = `the stated total ${stated} euro differs from the sum of the activities, ${sum} euro`;
  return { programmeTotal, warnings: [{ document: 'programme', line: line.line, kind: 'total-mismatch', message }] };
}

/** The introduction, each section's own text (section 2's goal and tasks) and each activity's description. */
/** The lines after the total: who signs the programme ("Bērnu un ģimenes politikas departamenta direktore I. Kurme"). */
function signature(after: SourceLine[]): Passage[] {
  const lines = after.filter((l) => squash(cleanLine(l.text).text).length > 0);
  const first = lines[0];
  if (!first) return [];
  const text = lines.map((l) => squash(cleanLine(l.text).text)).join(' ');
  return toPassages([{ text, line: first.line }], {
    document: 'programme',
    section: ['Paraksts'],
    locator: 'signature',
  });
}

function passages(intro: SourceLine[], parts: Part[], activityParts: Part[]): Passage[] {
  const titles = new Map(parts.map((p) => [p.heading.id, `${p.heading.id}. ${p.heading.title}`]));
  const pathOf = (id: string): string[] => {
    const parent = parentId(id);
    return [...(parent ? pathOf(parent) : []), titles.get(id) ?? id];
  };
  return [
    ...programmePassages(intro, [], 'introduction'),
    ...parts.flatMap((part) => {
      const { id } = part.heading;
      if (!activityParts.includes(part)) return programmePassages(part.body, pathOf(id), `section ${id}`);
      return programmePassages(readActivityBody(part.body).description, pathOf(id), `activity ${id}`);
    }),
  ];
}
