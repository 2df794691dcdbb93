/**
 * A document as a sequence of blocks: headings, paragraphs, list items and tables, whatever file it came from
 * (.docx, .md, .txt). The known parsers read these rendered as the seeds' text; the generic extraction reads
 * them directly, because headings and table rows are lost in plain text.
 */

export interface Footnote {
  number: number;
  /** The footnote's paragraphs, as written. */
  paragraphs: string[];
}

/** Text that may refer to footnotes: `text` holds a `[footnoteRef:N]` marker where each reference stands. */
export interface TextPart {
  text: string;
  footnotes: Footnote[];
}

export interface HeadingBlock extends TextPart {
  kind: 'heading';
  /** 1 for the top level. */
  level: number;
}

export interface ParagraphBlock extends TextPart {
  kind: 'paragraph';
}

export interface ListItemBlock extends TextPart {
  kind: 'item';
  ordered: boolean;
  /** 0 for the top level. */
  depth: number;
  /** 1-based position among its siblings (what an ordered list shows). */
  ordinal: number;
}

export interface TableCell {
  blocks: Block[];
  /** How many grid columns the cell spans. */
  span: number;
}

export interface TableRow {
  /** A row the document marks as a header (repeated on every page). */
  header: boolean;
  cells: TableCell[];
}

export interface TableBlock {
  kind: 'table';
  rows: TableRow[];
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock;

/** A document read from a file, before any parser. */
export interface DocumentBlocks {
  /** The file name as given ("plan-2026-2029.docx"). */
  file: string;
  /** The title in the file's properties, if it has one. */
  title?: string;
  blocks: Block[];
}

export function paragraph(text: string, footnotes: Footnote[] = []): ParagraphBlock {
  return { kind: 'paragraph', text, footnotes };
}
