/**
 * Plain text (.txt) and Markdown (.md) → blocks. Both follow the seeds' conventions: a line is a paragraph, a
 * table cell starts on its own line with a tab (lines after it without a tab are further paragraphs of the cell,
 * a blank line ends the row), "· " starts a bullet. Markdown adds `#` headings, `-`/`*` bullets, "1." items and
 * `|` tables. Conversion artefacts (bookmarks, footnote bodies) are removed first, line for line.
 */
import { preprocess } from '../artefacts.js';
import type { Block, TableCell, TableRow } from './blocks.js';

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const MD_BULLET = /^(\s*)[-*+]\s+(.*)$/;
const MD_ORDERED = /^(\s*)(\d+)[.)]\s+(.*)$/;
const SEED_BULLET = /^·\s(.*)$/;
const CELL = /^[ \u00a0]*\t(.*)$/;
const PIPE_ROW = /^\s*\|(.*)\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function textBlocks(text: string, markdown: boolean): Block[] {
  const lines = preprocess(text).lines;
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (CELL.test(line)) {
      const { table, next } = readTabTable(lines, i);
      blocks.push(table);
      i = next;
      continue;
    }
    if (markdown && PIPE_ROW.test(line)) {
      const { table, next } = readPipeTable(lines, i);
      blocks.push(table);
      i = next;
      continue;
    }
    blocks.push(lineBlock(line, markdown));
    i += 1;
  }
  return blocks;
}

function lineBlock(line: string, markdown: boolean): Block {
  const bullet = SEED_BULLET.exec(line);
  if (bullet) return { kind: 'item', ordered: false, depth: 0, ordinal: 1, text: bullet[1] ?? '', footnotes: [] };
  if (markdown) {
    const heading = HEADING.exec(line);
    if (heading) return { kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '', footnotes: [] };
    const md = MD_BULLET.exec(line);
    if (md)
      return { kind: 'item', ordered: false, depth: depthOf(md[1]), ordinal: 1, text: md[2] ?? '', footnotes: [] };
    const ordered = MD_ORDERED.exec(line);
    if (ordered) {
      const ordinal = Number(ordered[2]);
      return {
        kind: 'item',
        ordered: true,
        depth: depthOf(ordered[1]),
        ordinal,
        text: ordered[3] ?? '',
        footnotes: [],
      };
    }
  }
  return { kind: 'paragraph', text: line, footnotes: [] };
}

function depthOf(indent: string | undefined): number {
  return Math.floor((indent ?? '').length / 2);
}

/** Tab-led cells up to the first paragraph after a blank line that is not a cell. */
function readTabTable(lines: string[], from: number): { table: Block; next: number } {
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  let i = from;
  const endRow = () => {
    if (cells.length > 0) rows.push({ header: false, cells });
    cells = [];
  };
  while (i < lines.length) {
    const line = lines[i] as string;
    const cell = CELL.exec(line);
    if (cell) {
      cells.push({ blocks: [{ kind: 'paragraph', text: cell[1] ?? '', footnotes: [] }], span: 1 });
    } else if (line.trim() === '') {
      endRow();
      if (!CELL.test(lines.slice(i).find((l) => l.trim() !== '') ?? '')) break;
    } else {
      cells.at(-1)?.blocks.push({ kind: 'paragraph', text: line, footnotes: [] });
    }
    i += 1;
  }
  endRow();
  return { table: { kind: 'table', rows }, next: i };
}

function readPipeTable(lines: string[], from: number): { table: Block; next: number } {
  const rows: TableRow[] = [];
  let i = from;
  for (; i < lines.length && PIPE_ROW.test(lines[i] as string); i++) {
    const line = lines[i] as string;
    if (PIPE_RULE.test(line)) {
      const previous = rows.at(-1);
      if (previous) previous.header = true;
      continue;
    }
    const inner = PIPE_ROW.exec(line)?.[1] ?? '';
    const cells = inner.split('|').map((text) => ({
      blocks: [{ kind: 'paragraph' as const, text: text.trim(), footnotes: [] }],
      span: 1,
    }));
    rows.push({ header: false, cells });
  }
  return { table: { kind: 'table', rows }, next: i };
}
