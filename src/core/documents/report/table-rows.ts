/**
 * The progress table as rows of cells. In the export a cell starts on a line of its own with a leading tab and
 * runs on over the following lines that have none; a row starts with its number cell ("1.", "4. ").
 */
import type { SourceLine } from './source-lines.js';

export interface Cell {
  /** 1-based line where the cell starts. */
  line: number;
  /** The cell's lines, the leading tab removed; footnote markers and blank lines still in. */
  lines: SourceLine[];
}

export interface Row {
  number: number;
  /** 1-based line of the number cell. */
  line: number;
  text?: Cell;
  responsible?: Cell;
  status?: Cell;
  progress?: Cell;
  /** How many cells the row has, the number cell included; the table has five columns. */
  cellCount: number;
}

export interface Table {
  /** Cells before the first number cell: the header row. */
  header: Cell[];
  rows: Row[];
}

const NUMBER_CELL = /^(\d+)\.?\s*$/u;

export function readTable(lines: SourceLine[]): Table {
  const cells = readCells(lines);
  const first = cells.findIndex(isNumberCell);
  if (first < 0) return { header: cells, rows: [] };
  const rows: Row[] = [];
  let start = first;
  for (let i = first + 1; i <= cells.length; i++) {
    const cell = cells[i];
    if (cell && !isNumberCell(cell)) continue;
    rows.push(toRow(cells.slice(start, i)));
    start = i;
  }
  return { header: cells.slice(0, first), rows };
}

/** Lines before the first tab line (the table's title) belong to no cell. */
function readCells(lines: SourceLine[]): Cell[] {
  const cells: Cell[] = [];
  for (const { text, line } of lines) {
    if (text.startsWith('\t')) cells.push({ line, lines: [{ text: text.slice(1), line }] });
    else cells.at(-1)?.lines.push({ text, line });
  }
  return cells;
}

function isNumberCell(cell: Cell): boolean {
  return cell.lines.length > 0 && NUMBER_CELL.test(cell.lines[0]?.text ?? '') && !hasText(cell.lines.slice(1));
}

function hasText(lines: SourceLine[]): boolean {
  return lines.some((l) => l.text.trim() !== '');
}

/** A row with more than five cells keeps the surplus in its last cell, so that no progress text is lost. */
function toRow(cells: Cell[]): Row {
  const [numberCell, text, responsible, status, ...rest] = cells;
  const line = numberCell?.line ?? 0;
  const number = Number(NUMBER_CELL.exec(numberCell?.lines[0]?.text ?? '')?.[1]);
  const progress = rest.length > 0 ? { line: rest[0]?.line ?? line, lines: rest.flatMap((c) => c.lines) } : undefined;
  return { number, line, text, responsible, status, progress, cellCount: cells.length };
}
