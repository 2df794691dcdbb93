/**
 * The informative report on violence in educational institutions → abbreviations, the 13 tasks of its progress
 * table and passages of its running text.
 */
import type { DocumentExtract, Passage, Warning } from '../../knowledge/model.js';
import { preprocess } from '../artefacts.js';
import { emptyExtract } from '../catalogue.js';
import { toPassages } from '../passages.js';
import { parseAbbreviations } from './abbreviations.js';
import { findLayout, type ReportLayout } from './layout.js';
import { sliceLines, toBlocks } from './source-lines.js';
import { readTable, type Table } from './table-rows.js';
import { readTask } from './task-row.js';
import { unlistedAbbreviations } from './unlisted-abbreviations.js';

export function parseReport(text: string): DocumentExtract {
  const { lines, footnotes } = preprocess(text);
  const layout = findLayout(lines);
  const { abbreviations, warnings: abbreviationWarnings } = parseAbbreviations(
    sliceLines(lines, layout.abbreviations + 1, layout.summary),
  );
  const table = readTable(sliceLines(lines, layout.table + 1, layout.final));
  const readings = table.rows.map((row) => readTask(row, footnotes, layout.tableTitle));
  const reportTasks = readings.flatMap((r) => (r.task ? [r.task] : []));
  return {
    ...emptyExtract('report'),
    abbreviations,
    reportTasks,
    passages: [
      ...runningText(lines, layout, 'introduction'),
      ...runningText(lines, layout, 'summary'),
      ...readings.flatMap((r) => r.passages),
      ...runningText(lines, layout, 'final'),
    ],
    warnings: [
      ...abbreviationWarnings,
      ...tableWarnings(table, layout),
      ...readings.flatMap((r) => r.warnings),
      ...unlistedAbbreviations(reportTasks, abbreviations),
    ],
  };
}

/** The running text outside the table: what precedes the abbreviation list, the summary and the closing section. */
function runningText(lines: string[], layout: ReportLayout, part: 'introduction' | 'summary' | 'final'): Passage[] {
  const parts = {
    introduction: { from: layout.introduction, to: layout.abbreviations, section: [], locator: 'introduction' },
    summary: { from: layout.summary + 1, to: layout.table, section: [layout.summaryTitle], locator: 'summary' },
    final: {
      from: layout.final + 1,
      to: lines.length,
      section: [layout.finalTitle],
      locator: `section ${layout.finalTitle}`,
    },
  };
  const { from, to, section, locator } = parts[part];
  return toPassages(toBlocks(sliceLines(lines, from, to)), { document: 'report', section, locator });
}

/** A table without its five header cells, or rows numbered out of sequence (a row lost in the export). */
function tableWarnings(table: Table, layout: ReportLayout): Warning[] {
  const warnings: Warning[] = [];
  const warn = (line: number, kind: Warning['kind'], message: string) =>
    warnings.push({ document: 'report', line, kind, message });
  if (table.header.length !== 5) {
    warn(layout.table + 1, 'malformed', `progress table header has ${table.header.length} cells instead of 5`);
  }
  table.rows.forEach((row, i) => {
    if (row.number !== i + 1) warn(row.line, 'missing-number', `task ${row.number} found where ${i + 1} was expected`);
  });
  return warnings;
}
