/**
 * A document of no known kind, as the knowledge holds it: its generic extraction turned into a document extract
 * under its own id and title, so that it is answered, listed, counted and put in digests like the known ones.
 * Items numbered in three levels ("9.1.1") become measures; every other row (unnumbered, "3", "2.1") becomes a
 * passage cited by its locator ("table 2, row 4"), so that it is still found and quoted, never renumbered.
 */
import type {
  Abbreviation,
  DocumentExtract,
  DocumentId,
  DocumentInfo,
  Measure,
  Passage,
  Source,
  Warning,
} from '../../knowledge/model.js';
import { blankExtract } from '../catalogue.js';
import type { GenericExtract, GenericItem, GenericWarning } from './generic-schema.js';

/** A citation shows the short title; a longer title is cut at a word. */
const SHORT_TITLE = 60;
const MEASURE_ID = /^(\d+)\.(\d+)\.(\d+)$/;

export function genericAsExtract(g: GenericExtract, id: DocumentId): DocumentExtract {
  const short = shortTitle(g.title);
  const document: DocumentInfo = { id, file: g.file, title: { lv: g.title, en: g.title }, short };
  const source = (locator: string, line: number, raw: string): Source => ({
    document: id,
    locator,
    line,
    raw,
    title: short,
  });
  const measures = g.items.filter(isMeasure).map((item) => measureOf(item, source));
  const rows = g.items.filter((item) => !isMeasure(item));
  const passages: Passage[] = [
    ...g.passages.map((p, i) => ({
      id: `${id}:${p.id}`,
      section: p.section,
      text: p.text,
      source: source(p.locator, i + 1, p.text),
    })),
    ...rows.flatMap((item) => rowPassage(item, g, id, source)),
  ];
  const abbreviations: Abbreviation[] = g.abbreviations.map((a, i) => ({
    abbr: a.abbr,
    name: a.name,
    ...(a.institution ? { institution: a.institution } : {}),
    source: source(a.locator, i + 1, `${a.abbr} – ${a.name}`),
  }));
  return {
    ...blankExtract(document),
    abbreviations,
    measures,
    passages,
    warnings: g.warnings.map((w) => warningOf(w, id)),
  };
}

function isMeasure(item: GenericItem): boolean {
  return item.id !== undefined && MEASURE_ID.test(item.id);
}

function measureOf(item: GenericItem, source: (locator: string, line: number, raw: string) => Source): Measure {
  const [, direction, task] = MEASURE_ID.exec(item.id as string) as RegExpExecArray;
  return {
    id: item.id as string,
    direction: Number(direction),
    task: `${direction}.${task}`,
    text: item.text ?? '',
    result: item.result ?? '',
    indicator: item.indicator ?? '',
    responsible: item.responsible,
    coResponsible: item.coResponsible,
    deadline: item.deadline ?? { kind: 'unknown', problem: 'no deadline given', raw: '' },
    footnotes: [],
    flags: [],
    source: source(item.locator, item.row, rowText(item.cells)),
  };
}

/** A row that is not a measure: its cells under their headers, one passage, cited by table and row. */
function rowPassage(
  item: GenericItem,
  g: GenericExtract,
  id: DocumentId,
  source: (locator: string, line: number, raw: string) => Source,
): Passage[] {
  const columns = g.tables.find((t) => t.table === item.table)?.columns ?? [];
  const labelled = item.cells
    .map((cell, i) => (cell.trim() ? `${columns[i]?.header ? `${columns[i]?.header}: ` : ''}${cell.trim()}` : ''))
    .filter((c) => c.length > 0)
    .join('; ');
  if (!labelled) return [];
  return [
    {
      id: `${id}:table-${item.table}-row-${item.row}`,
      section: item.section,
      text: labelled,
      source: source(item.locator, item.row, rowText(item.cells)),
    },
  ];
}

function rowText(cells: string[]): string {
  return cells
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .join(' | ');
}

function warningOf(w: GenericWarning, id: DocumentId): Warning {
  const kind = w.kind === 'unaligned-row' ? 'malformed' : w.kind;
  return { document: id, line: 0, kind, message: `${w.locator}: ${w.message}` };
}

function shortTitle(title: string): { lv: string; en: string } {
  if (title.length <= SHORT_TITLE) return { lv: title, en: title };
  const cut = title.slice(0, SHORT_TITLE);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), SHORT_TITLE / 2)).replace(/[\s,;:–-]+$/u, '');
  return { lv: `${atWord}…`, en: `${atWord}…` };
}
