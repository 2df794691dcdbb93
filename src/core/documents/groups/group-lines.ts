/** The working-group document's lines, cleaned once: footnote markers taken out, whitespace squashed. */
import { squash, takeFootnoteRefs } from '../artefacts.js';

export interface SourceLine {
  /** The line without footnote markers and with whitespace squashed; empty for a blank line. */
  text: string;
  /** 1-based line in the seed file. */
  line: number;
  /** Footnote numbers the line referred to. */
  refs: number[];
}

export function readLines(lines: string[]): SourceLine[] {
  return lines.map((raw, i) => {
    const { text, refs } = takeFootnoteRefs(raw);
    return { text: squash(text), line: i + 1, refs };
  });
}
