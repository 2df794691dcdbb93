/**
 * The measures table as cells. In the text export every cell starts on its own line with a leading tab (sometimes
 * after a stray space or non-breaking space); a cell running over several lines continues on lines without one.
 * Blank lines occur inside rows and even inside cells, so they neither end nor start a cell.
 */
import { squash, takeFootnoteRefs } from '../artefacts.js';

export interface CellLine {
  /** 1-based line of the seed file. */
  line: number;
  /** The line as it stands, artefacts removed by preprocess, the cell's leading tab removed. */
  text: string;
}

export interface Cell {
  /** 1-based line where the cell starts. */
  line: number;
  lines: CellLine[];
}

const CELL_START = /^[ \u00a0]*\t/;

export function isCellStart(line: string): boolean {
  return CELL_START.test(line);
}

/** Groups the lines from index `from` to the end into cells; text before the first cell start is ignored. */
export function readCells(lines: string[], from: number): Cell[] {
  const cells: Cell[] = [];
  let current: Cell | undefined;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i] as string;
    if (isCellStart(text)) {
      current = { line: i + 1, lines: [{ line: i + 1, text: text.replace(CELL_START, '') }] };
      cells.push(current);
    } else if (current && squash(text) !== '') {
      current.lines.push({ line: i + 1, text });
    }
  }
  return cells;
}

/** The cell's non-empty lines, footnote markers removed and whitespace squashed. */
export function cellLines(cell: Cell): CellLine[] {
  return cell.lines
    .map(({ line, text }) => ({ line, text: squash(takeFootnoteRefs(text).text) }))
    .filter((l) => l.text !== '');
}

/** The cell's text with its line breaks kept, so that numbered lists inside a cell stay readable. */
export function cellText(cell: Cell): string {
  return cellLines(cell)
    .map((l) => l.text)
    .join('\n');
}

/** The cell's text on one line. */
export function cellFlat(cell: Cell): string {
  return squash(cellText(cell));
}

/** The footnote numbers the cell refers to, in order; markers may also stand on a continuation line. */
export function cellRefs(cell: Cell): number[] {
  return cell.lines.flatMap((l) => takeFootnoteRefs(l.text).refs);
}
