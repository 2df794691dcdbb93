/**
 * Builds a .docx from a seed's text, the way the document looked before its conversion to text: a line is a
 * paragraph ("· " a bullet, a heading where the layout says so), tab-led lines are table cells (further lines
 * are paragraphs of the same cell), `[footnoteRef:N]` a real footnote reference whose body `[N: …]` becomes the
 * footnote, and bookmarks and images are left out (in a .docx they carry no text).
 */
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel as Level,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

export interface SeedLayout {
  /** The heading level of a line outside tables, if it is a heading. */
  heading?: (line: string) => number | undefined;
  /**
   * Where table rows start: 'row' starts a new row at this cell, 'alone' puts the cell in a row of its own
   * (spanning the table), 'table' starts a new table at this cell. Without it a blank line ends a row.
   */
  row?: (cell: string) => 'row' | 'alone' | 'table' | undefined;
  /** Header cells put at the top of the tables the layout starts. */
  header?: string[];
  /** A table the layout starts runs to the end of the document (its blank lines are empty cell paragraphs). */
  tableToEnd?: boolean;
}

/** A short line that reads as a title ("Kopsavilkums", "1. Apakšgrupa: …"), written as a heading. */
const TITLE_LIKE = /^(?!.*\s[–-]\s)(?:\d+(?:\.\d+)*\.\s*)?\p{Lu}[^.;–]{2,80}$/u;
export const titleLikeHeading = (line: string) =>
  TITLE_LIKE.test(line.trim()) && !line.startsWith(' ') ? 2 : undefined;

type Cell = string[];
type Row = { cells: Cell[]; alone: boolean; header: boolean };
type Part = { kind: 'line'; text: string } | { kind: 'table'; rows: Row[] };

const CELL = /^[ \u00a0]*\t(.*)$/;
const ARTEFACT = /\[(?:bookmark|image):[^\]]*\]/g;

export async function seedDocx(text: string, layout: SeedLayout = {}, title?: string): Promise<Buffer> {
  const { text: clean, footnotes } = takeFootnotes(text.replace(ARTEFACT, ''));
  const parts = readParts(clean.split('\n'), layout);
  const doc = new Document({
    ...(title ? { title } : {}),
    footnotes: Object.fromEntries(
      [...footnotes].map(([n, paragraphs]) => [
        n,
        { children: paragraphs.map((p) => new Paragraph({ children: runs(p, new Set()) })) },
      ]),
    ),
    sections: [{ children: parts.flatMap((part) => build(part, layout, new Set(footnotes.keys()))) }],
  });
  return Packer.toBuffer(doc);
}

/** Footnote bodies `[N: …]` (brackets balanced, possibly over several lines) taken out of the text. */
function takeFootnotes(text: string): { text: string; footnotes: Map<number, string[]> } {
  const footnotes = new Map<number, string[]>();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const head = text[i] === '[' ? /^\[(\d+):/.exec(text.slice(i, i + 8)) : null;
    const end = head ? closing(text, i) : -1;
    if (head && end > 0) {
      footnotes.set(
        Number(head[1]),
        text
          .slice(i + head[0].length, end)
          .replace(/^ /, '')
          .split('\n'),
      );
      if (out.endsWith(' ')) out = out.slice(0, -1);
      i = end + 1;
      continue;
    }
    out += text[i];
    i += 1;
  }
  return { text: out, footnotes };
}

function closing(text: string, at: number): number {
  let depth = 0;
  for (let j = at; j < text.length; j++) {
    if (text[j] === '[') depth += 1;
    else if (text[j] === ']' && --depth === 0) return j;
  }
  return -1;
}

function readParts(lines: string[], layout: SeedLayout): Part[] {
  const parts: Part[] = [];
  let table: Row[] | undefined;
  let rowEnded = false;
  let toEnd = false;
  const newTable = (byLayout: boolean) => {
    table = byLayout && layout.header ? [{ cells: layout.header.map((h) => [h]), alone: false, header: true }] : [];
    toEnd = byLayout && layout.tableToEnd === true;
    parts.push({ kind: 'table', rows: table });
  };
  for (const [i, line] of lines.entries()) {
    const cell = CELL.exec(line);
    if (cell) {
      const text = cell[1] ?? '';
      const decision = layout.row ? layout.row(text) : rowEnded ? 'row' : undefined;
      if (!table || decision === 'table') newTable(decision === 'table');
      const rows = table as Row[];
      const last = rows.at(-1);
      if (!last || last.header || last.alone || decision === 'row' || decision === 'alone' || decision === 'table') {
        rows.push({ cells: [[text]], alone: decision === 'alone', header: false });
      } else last.cells.push([text]);
      rowEnded = false;
      continue;
    }
    const current = table?.at(-1)?.cells.at(-1);
    const endTable = () => {
      table = undefined;
      rowEnded = false;
      parts.push({ kind: 'line', text: line });
    };
    // A blank line inside a table is an empty paragraph of the cell before it; before body text it ends the table.
    const inTable =
      current !== undefined &&
      (line.trim() !== '' || toEnd || CELL.test(lines.slice(i + 1).find((l) => l.trim() !== '') ?? ''));
    if (!inTable) {
      endTable();
      continue;
    }
    current.push(line);
    if (line.trim() === '') rowEnded = true;
  }
  return parts;
}

function build(part: Part, layout: SeedLayout, notes: Set<number>): (Paragraph | Table)[] {
  if (part.kind === 'line') return [line(part.text, layout, notes)];
  const width = Math.max(...part.rows.map((r) => r.cells.length));
  const rows = part.rows.map(
    (row) =>
      new TableRow({
        ...(row.header ? { tableHeader: true } : {}),
        children: row.cells.map(
          (cell) =>
            new TableCell({
              ...(row.cells.length === 1 && width > 1 ? { columnSpan: width } : {}),
              children: cell.map((p) => new Paragraph({ children: runs(p, notes) })),
            }),
        ),
      }),
  );
  return [new Table({ rows })];
}

const LEVELS: (typeof Level)[keyof typeof Level][] = [
  Level.HEADING_1,
  Level.HEADING_2,
  Level.HEADING_3,
  Level.HEADING_4,
];

function line(text: string, layout: SeedLayout, notes: Set<number>): Paragraph {
  const level = layout.heading?.(text);
  if (level) return new Paragraph({ heading: LEVELS[level - 1] ?? Level.HEADING_4, children: runs(text, notes) });
  if (text.startsWith('· ')) return new Paragraph({ bullet: { level: 0 }, children: runs(text.slice(2), notes) });
  return new Paragraph({ children: runs(text, notes) });
}

/** Text runs, with each `[footnoteRef:N]` whose footnote exists as a real reference. */
function runs(text: string, notes: Set<number>): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let at = 0;
  for (const m of text.matchAll(/\[footnoteRef:(\d+)\]/g)) {
    const n = Number(m[1]);
    if (!notes.has(n)) continue;
    if (m.index > at) children.push(new TextRun(text.slice(at, m.index)));
    children.push(new FootnoteReferenceRun(n));
    at = m.index + m[0].length;
  }
  if (at < text.length) children.push(new TextRun(text.slice(at)));
  return children;
}
