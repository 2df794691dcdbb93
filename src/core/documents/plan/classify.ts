/** What a table cell is, judged by its own text: a measure number, a task or direction heading, a header, … */
import { type Cell, cellFlat, cellLines } from './cells.js';

export type CellKind = 'number' | 'task' | 'direction' | 'header' | 'policy' | 'other';

/** "4.4.5." alone in its cell; the trailing dot is sometimes followed by a space or a non-breaking space. */
const NUMBER = /^(\d+\.\d+\.\d+)\.?$/;
/** "1.2. Prenatālo …": two levels and then text, so "9.2.1.1. pasākuma" or "1. Izstrādāts" are not tasks. */
const TASK = /^(\d+\.\d+)\.\s+\S/;
/** "2. Rīcības virziens" (the space is a non-breaking one in the seed). */
const DIRECTION = /^(\d+)\.\s*Rīcības virziens$/iu;
/** The first cell of the repeated header row "Nr. p. k. | Pasākums | …". */
const HEADER = /^Nr\.\s*p\.\s*k\.?$/;
const POLICY_HEADING = 'Politikas rezultāts/-i';
const POLICY_LINE = /^(?:Politikas rezultāts|Rezultatīvais rādītājs):/;

/** The labels of the header row after "Nr. p. k.", in order. */
export const HEADER_LABELS = [
  'Pasākums',
  'Darbības rezultāts',
  'Rezultatīvais rādītājs',
  'Atbildīgā institūcija',
  'Līdzatbildīgās institūcijas',
  'Izpildes termiņš',
] as const;

export function classify(cell: Cell): CellKind {
  const text = cellFlat(cell);
  if (NUMBER.test(text)) return 'number';
  if (DIRECTION.test(text)) return 'direction';
  if (TASK.test(text)) return 'task';
  if (HEADER.test(text)) return 'header';
  if (text.startsWith(POLICY_HEADING)) return 'policy';
  return 'other';
}

export function measureNumber(cell: Cell): string | undefined {
  return NUMBER.exec(cellFlat(cell))?.[1];
}

export function taskNumber(cell: Cell): string | undefined {
  return TASK.exec(cellFlat(cell))?.[1];
}

export function directionNumber(cell: Cell): number | undefined {
  const m = DIRECTION.exec(cellFlat(cell));
  return m?.[1] ? Number(m[1]) : undefined;
}

/** A cell of a policy-result block: every line is a "Politikas rezultāts:" or "Rezultatīvais rādītājs:" line. */
export function isPolicyContent(cell: Cell): boolean {
  return cellLines(cell).every((l) => POLICY_LINE.test(l.text));
}

export function isPolicyLine(text: string): boolean {
  return POLICY_LINE.test(text);
}

/** Whether the cell is the header label at `position` (0 = "Pasākums"). */
export function isHeaderLabel(cell: Cell, position: number): boolean {
  const label = HEADER_LABELS[position];
  return label !== undefined && cellFlat(cell).startsWith(label);
}
