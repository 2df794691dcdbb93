/**
 * Where the report's parts start. The parts are found by their headings: the table's last cell runs on without
 * a marker, so only the heading of the section after it tells where the table ends.
 */
import { squash } from '../artefacts.js';
import { ParseError } from '../catalogue.js';

export interface ReportLayout {
  /** 0-based index of the first line after the title (the title is the first paragraph). */
  introduction: number;
  abbreviations: number;
  summary: number;
  table: number;
  final: number;
  /** The headings as written, for passage section paths. */
  summaryTitle: string;
  tableTitle: string;
  finalTitle: string;
}

const HEADINGS = {
  abbreviations: /lietotie saīsinājumi$/iu,
  summary: /^Kopsavilkums$/u,
  table: /^Veikto darbību izpildes progress$/u,
  final: /^Papildus veiktās un īstenotās darbības un pasākumi$/u,
} as const;

/** Finds each heading after the previous one, so that a phrase quoted in the text cannot be taken for it. */
export function findLayout(lines: string[]): ReportLayout {
  const introduction = lines.findIndex((l) => squash(l) === '');
  if (introduction < 0) throw new ParseError('report', 'no blank line after the title');
  const abbreviations = findHeading(lines, HEADINGS.abbreviations, introduction, 'abbreviation list');
  const summary = findHeading(lines, HEADINGS.summary, abbreviations + 1, '"Kopsavilkums"');
  const table = findHeading(lines, HEADINGS.table, summary + 1, 'progress table');
  const final = findHeading(lines, HEADINGS.final, table + 1, 'additional activities section');
  const title = (i: number) => squash(lines[i] ?? '');
  return {
    introduction,
    abbreviations,
    summary,
    table,
    final,
    summaryTitle: title(summary),
    tableTitle: title(table),
    finalTitle: title(final),
  };
}

function findHeading(lines: string[], pattern: RegExp, from: number, what: string): number {
  for (let i = from; i < lines.length; i++) if (pattern.test(squash(lines[i] ?? ''))) return i;
  throw new ParseError('report', `heading of the ${what} not found`);
}
