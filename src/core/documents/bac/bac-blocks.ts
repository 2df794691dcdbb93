/**
 * The BAC text → blocks: each non-blank line is a paragraph or a list item ("·" bullets and "1)" items).
 * Leading lines with no closing punctuation ("Informācija pašvaldībām", "Par Bērnu aizsardzības centra darbību")
 * are the document's title, not running text.
 */
import { squash, takeFootnoteRefs } from '../artefacts.js';

export interface BacBlock {
  kind: 'paragraph' | 'bullet';
  /** Text without the list marker, footnote markers or artefacts, whitespace squashed. */
  text: string;
  /** 1-based line in the seed file. */
  line: number;
  refs: number[];
}

const BULLET = /^(?:[·•▪]|\d{1,2}\))\s*/u;

export function readBlocks(lines: string[]): { titles: string[]; blocks: BacBlock[] } {
  const titles: string[] = [];
  const blocks: BacBlock[] = [];
  lines.forEach((raw, i) => {
    const { text: withoutRefs, refs } = takeFootnoteRefs(raw);
    const text = squash(withoutRefs);
    if (!text) return;
    if (blocks.length === 0 && !/[.:;!?]$/u.test(text)) {
      titles.push(text);
      return;
    }
    const marker = BULLET.exec(text);
    if (marker) blocks.push({ kind: 'bullet', text: text.slice(marker[0].length), line: i + 1, refs });
    else blocks.push({ kind: 'paragraph', text, line: i + 1, refs });
  });
  return { titles, blocks };
}
