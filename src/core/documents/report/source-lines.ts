/** The report's lines as (text, line number) pairs, and their cleaning into quotable blocks. */
import { squash, takeFootnoteRefs } from '../artefacts.js';
import type { TextBlock } from '../passages.js';

export interface SourceLine {
  text: string;
  /** 1-based line in the seed file. */
  line: number;
}

/** Lines `from` (inclusive) to `to` (exclusive), 0-based indexes into the preprocessed lines. */
export function sliceLines(lines: string[], from: number, to: number): SourceLine[] {
  return lines.slice(from, to).map((text, i) => ({ text, line: from + i + 1 }));
}

/** A line without footnote markers and with whitespace (including non-breaking spaces) squashed. */
export function cleanLine(text: string): { text: string; refs: number[] } {
  const { text: bare, refs } = takeFootnoteRefs(text);
  return { text: squash(bare), refs };
}

/** Bullet signs of the export; a quote without them reads as a sentence. */
const BULLET = /^[·•]\s*/u;

/** One block per non-empty line: in these documents a line is a paragraph or a bullet. */
export function toBlocks(lines: SourceLine[]): TextBlock[] {
  return lines.flatMap(({ text, line }) => {
    const clean = cleanLine(text).text.replace(BULLET, '');
    return clean ? [{ text: clean, line }] : [];
  });
}
