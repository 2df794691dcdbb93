/** The readable text of blocks: footnote references taken out, blanks squashed. */
import { squash, takeFootnoteRefs } from '../artefacts.js';
import type { Block, TableCell, TextPart } from './blocks.js';

export function partText(part: TextPart): string {
  return squash(takeFootnoteRefs(part.text).text);
}

/** Every paragraph of the blocks (nested tables cell by cell), blank ones left out. */
export function paragraphsOf(blocks: Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind !== 'table') {
      const text = partText(block);
      return text ? [text] : [];
    }
    return block.rows.flatMap((row) => row.cells.flatMap((cell) => paragraphsOf(cell.blocks)));
  });
}

/** A cell's text: its paragraphs joined by `joiner` (", " for party cells, " " for running text). */
export function cellText(cell: TableCell, joiner = ' '): string {
  return paragraphsOf(cell.blocks).join(joiner);
}
