/** One table row → a Measure, with a warning for every empty or missing cell. */
import type { Measure, Warning } from '../../knowledge/model.js';
import { type Footnote, footnoteTexts } from '../artefacts.js';
import { parsePeriod } from '../period.js';
import { type Cell, cellFlat, cellRefs, cellText } from './cells.js';
import { HEADER_LABELS } from './classify.js';
import { partiesOf } from './party-cell.js';
import { ROW_CELLS, type RowItem } from './table-scan.js';

/** Where a row belongs: its task (from its number, or from its neighbours when it has none) and how to cite it. */
export interface RowPlace {
  task: string;
  direction: number;
  locator: string;
}

export interface BuiltMeasure {
  measure: Measure;
  warnings: Warning[];
}

export function buildMeasure(row: RowItem, place: RowPlace, footnotes: Map<number, Footnote>): BuiltMeasure {
  const text = (n: number): string => {
    const cell = row.cells[n];
    return cell ? cellText(cell) : '';
  };
  const allCells = row.numberCell ? [row.numberCell, ...row.cells] : row.cells;
  const measure: Measure = {
    id: row.id,
    direction: place.direction,
    task: place.task,
    text: text(0),
    result: text(1),
    indicator: text(2),
    responsible: partiesOf(text(3)),
    coResponsible: partiesOf(text(4)),
    deadline: parsePeriod(row.cells[5] ? cellFlat(row.cells[5]) : ''),
    footnotes: footnoteTexts(allCells.flatMap(cellRefs), footnotes),
    flags: row.id === null ? ['number-missing'] : [],
    // The cells on one line each, in table order, joined with " | " (the number cell first when there is one).
    source: { document: 'plan', locator: place.locator, line: row.line, raw: allCells.map(cellFlat).join(' | ') },
  };
  return { measure, warnings: cellWarnings(row, place) };
}

function cellWarnings(row: RowItem, place: RowPlace): Warning[] {
  const warnings: Warning[] = [];
  row.cells.forEach((cell: Cell, n) => {
    if (cellText(cell) !== '') return;
    const column = HEADER_LABELS[n] ?? `column ${n + 1}`;
    const message = `${place.locator}: empty cell "${column}" (line ${cell.line})`;
    warnings.push({ document: 'plan', line: cell.line, kind: 'empty-cell', message });
  });
  if (row.cells.length < ROW_CELLS) {
    const message = `${place.locator}: row has ${row.cells.length} of ${ROW_CELLS} cells after its number; the rest are left empty`;
    warnings.push({ document: 'plan', line: row.line, kind: 'malformed', message });
  }
  return warnings;
}
