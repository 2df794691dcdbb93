/**
 * The implementation plan 2022–2025 (seeds/plan-2022-2025.txt) → DocumentExtract: abbreviations, the six action
 * directions, task headings, measures with their cells, and passages for the running text.
 *
 * Layout of the text: abbreviation list; introduction (with the numbered list of directions); then the table, which
 * opens with the goals and a summary policy-result block and then, by direction, task headings and measure rows,
 * each direction closed by its own policy-result block. cells.ts says how the table's cells are delimited.
 */
import type { DocumentExtract, Warning } from '../../knowledge/model.js';
import { preprocess } from '../artefacts.js';
import { emptyExtract, ParseError } from '../catalogue.js';
import { readCells } from './cells.js';
import { readIntro } from './intro.js';
import { buildMeasure } from './measures.js';
import { placeRows } from './row-place.js';
import { readTableParts } from './table-parts.js';
import { type RowItem, scanTable } from './table-scan.js';

export function parsePlan(text: string): DocumentExtract {
  const { lines, footnotes } = preprocess(text);
  const intro = readIntro(lines);
  const items = scanTable(readCells(lines, intro.tableStart));
  const rows = items.filter((item): item is RowItem => item.kind === 'row');
  if (!rows.some((row) => row.id !== null)) {
    throw new ParseError('plan', 'no measures table: no row with a measure number such as "1.2.1." was found');
  }
  const { places, warnings: placeWarnings } = placeRows(rows);
  const warnings: Warning[] = [...intro.warnings, ...placeWarnings];
  const extract = emptyExtract('plan');
  rows.forEach((row, k) => {
    const place = places[k];
    if (!place) return;
    const built = buildMeasure(row, place, footnotes);
    extract.measures.push(built.measure);
    warnings.push(...built.warnings);
  });
  const table = readTableParts(items, intro.directions, footnotes);
  warnings.push(...table.warnings);
  extract.abbreviations = intro.abbreviations;
  extract.directions = intro.directions;
  extract.planTasks = table.tasks;
  extract.passages = [...intro.passages, ...table.passages];
  extract.warnings = warnings.sort((a, b) => a.line - b.line);
  return extract;
}
