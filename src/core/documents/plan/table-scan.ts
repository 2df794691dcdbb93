/**
 * Walks the table's cells once and sorts them into the things the table is made of: the goals at its top, measure
 * rows, task headings, direction headings and policy-result blocks. Repeated header rows are skipped.
 */
import type { Cell } from './cells.js';
import {
  classify,
  directionNumber,
  HEADER_LABELS,
  isHeaderLabel,
  isPolicyContent,
  measureNumber,
  taskNumber,
} from './classify.js';

/** A measure has six cells after its number: measure, result, indicator, responsible, co-responsible, deadline. */
export const ROW_CELLS = 6;

export interface RowItem {
  kind: 'row';
  /** null when the row has no number cell. */
  id: string | null;
  numberCell: Cell | undefined;
  /** The data cells; fewer than six only when the next row or heading cut the row short. */
  cells: Cell[];
  /** The line of the number cell, or of the first data cell when there is none. */
  line: number;
  /** The task and direction headings the row stands under, if any was seen. */
  task: string | undefined;
  direction: number | undefined;
}

export type TableItem =
  | RowItem
  | { kind: 'goals'; cells: Cell[] }
  | { kind: 'task'; id: string; cell: Cell }
  | { kind: 'direction'; number: number; cell: Cell; title: Cell | undefined }
  | { kind: 'policy'; direction: number | undefined; cells: Cell[] };

interface Context {
  items: TableItem[];
  task: string | undefined;
  direction: number | undefined;
}

export function scanTable(cells: Cell[]): TableItem[] {
  const context: Context = { items: [], task: undefined, direction: undefined };
  let i = takeGoals(cells, context);
  while (i < cells.length) i = scanAt(cells, i, context);
  return context.items;
}

/** The cells before the first structural cell are the plan's goals (heading and text pairs). */
function takeGoals(cells: Cell[], context: Context): number {
  let i = 0;
  while (i < cells.length && classify(cells[i] as Cell) === 'other') i += 1;
  if (i > 0) context.items.push({ kind: 'goals', cells: cells.slice(0, i) });
  return i;
}

function scanAt(cells: Cell[], i: number, context: Context): number {
  const cell = cells[i] as Cell;
  switch (classify(cell)) {
    case 'number':
      return takeRow(cells, i + 1, cell, context);
    case 'other':
      return takeRow(cells, i, undefined, context);
    case 'task':
      context.task = taskNumber(cell);
      context.items.push({ kind: 'task', id: context.task ?? '', cell });
      return i + 1;
    case 'direction':
      return takeDirection(cells, i, context);
    case 'header':
      return skipHeader(cells, i + 1);
    case 'policy':
      return takePolicy(cells, i, context);
  }
}

/** Takes up to six data cells; a structural cell (number, heading, header, policy block) ends the row early. */
function takeRow(cells: Cell[], start: number, numberCell: Cell | undefined, context: Context): number {
  let end = start;
  while (end < cells.length && end - start < ROW_CELLS && classify(cells[end] as Cell) === 'other') end += 1;
  const data = cells.slice(start, end);
  const id = numberCell ? (measureNumber(numberCell) ?? null) : null;
  if (id) context.direction = Number(id.split('.')[0]);
  const line = numberCell?.line ?? data[0]?.line ?? 0;
  context.items.push({
    kind: 'row',
    id,
    numberCell,
    cells: data,
    line,
    task: context.task,
    direction: context.direction,
  });
  return end;
}

/** "N. Rīcības virziens" and, on the next cell, its title (the last direction has none). */
function takeDirection(cells: Cell[], i: number, context: Context): number {
  const cell = cells[i] as Cell;
  const next = cells[i + 1];
  const title = next && classify(next) === 'other' ? next : undefined;
  const number = directionNumber(cell) ?? 0;
  context.items.push({ kind: 'direction', number, cell, title });
  context.direction = number;
  context.task = undefined;
  return title ? i + 2 : i + 1;
}

function skipHeader(cells: Cell[], start: number): number {
  let i = start;
  while (i < cells.length && i - start < HEADER_LABELS.length && isHeaderLabel(cells[i] as Cell, i - start)) i += 1;
  return i;
}

/** The block heading and the cells of "Politikas rezultāts: …" and "Rezultatīvais rādītājs: …" lines after it. */
function takePolicy(cells: Cell[], i: number, context: Context): number {
  let end = i + 1;
  while (end < cells.length && isPolicyContent(cells[end] as Cell)) end += 1;
  context.items.push({ kind: 'policy', direction: context.direction, cells: cells.slice(i, end) });
  return end;
}
