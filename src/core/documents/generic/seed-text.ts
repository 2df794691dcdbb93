/**
 * Blocks → text in the seeds' conventions, so that the known parsers read a .docx exactly as they read the seed
 * conversions: one line a paragraph, every table cell starting on its own line with a tab (further paragraphs of
 * the cell on lines of their own), bullets as "· ", numbered items with their number, a footnote reference as
 * `[footnoteRef:N]` and its body as `[N: …]` at the end of the paragraph that refers to it.
 */
import type { Block, TableBlock, TextPart } from './blocks.js';

export function seedText(blocks: Block[]): string {
  return renderBlocks(blocks).join('\n');
}

function renderBlocks(blocks: Block[]): string[] {
  return blocks.flatMap(renderBlock);
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return withFootnotes(block).split('\n');
    case 'item':
      return `${block.ordered ? `${block.ordinal}. ` : '· '}${withFootnotes(block)}`.split('\n');
    case 'table':
      return renderTable(block);
  }
}

function renderTable(table: TableBlock): string[] {
  return table.rows.flatMap((row) =>
    row.cells.flatMap((cell) => {
      const lines = renderBlocks(cell.blocks);
      return [`\t${lines[0] ?? ''}`, ...lines.slice(1)];
    }),
  );
}

function withFootnotes(part: TextPart): string {
  const bodies = part.footnotes.map((f) => ` [${f.number}: ${f.paragraphs.join('\n')}]`);
  return part.text + bodies.join('');
}
