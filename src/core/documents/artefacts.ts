/**
 * Conversion artefacts of the .docx → text export: `[bookmark: …]`, `[image: …]`, footnote references
 * `[footnoteRef:N]` and footnote bodies `[N: text]` that follow inline and may run over several lines.
 */

export interface Footnote {
  number: number;
  text: string;
  /** 1-based line where the footnote body starts. */
  line: number;
}

export interface Preprocessed {
  /** The document's lines with bookmarks, images and footnote bodies removed; line numbers are unchanged. */
  lines: string[];
  footnotes: Map<number, Footnote>;
}

const BOOKMARK = /\[(?:bookmark|image):[^\]]*\]/g;
const FOOTNOTE_REF = /\[footnoteRef:(\d+)\]/g;

/** Splits the text into lines, removing footnote bodies and other artefacts but keeping every newline. */
export function preprocess(text: string): Preprocessed {
  const withoutBookmarks = text.replace(/\r\n?/g, '\n').replace(BOOKMARK, '');
  const footnotes = new Map<number, Footnote>();
  const kept: string[] = [];
  let line = 1;
  let i = 0;
  while (i < withoutBookmarks.length) {
    const body = matchFootnoteBody(withoutBookmarks, i);
    if (body) {
      const inner = withoutBookmarks.slice(body.textStart, body.end);
      footnotes.set(body.number, { number: body.number, text: squash(inner), line });
      const newlines = countNewlines(withoutBookmarks.slice(i, body.end + 1));
      kept.push('\n'.repeat(newlines));
      line += newlines;
      i = body.end + 1;
      continue;
    }
    const ch = withoutBookmarks[i] as string;
    if (ch === '\n') line += 1;
    kept.push(ch);
    i += 1;
  }
  return { lines: kept.join('').split('\n'), footnotes };
}

interface BodyMatch {
  number: number;
  textStart: number;
  /** Index of the closing bracket. */
  end: number;
}

/** A footnote body starts with `[N:`; it ends at the bracket that balances it. */
function matchFootnoteBody(text: string, at: number): BodyMatch | undefined {
  if (text[at] !== '[') return undefined;
  const head = /^\[(\d+):/.exec(text.slice(at, at + 8));
  if (!head) return undefined;
  let depth = 0;
  for (let j = at; j < text.length; j++) {
    const ch = text[j];
    if (ch === '[') depth += 1;
    else if (ch === ']') {
      depth -= 1;
      if (depth === 0) return { number: Number(head[1]), textStart: at + head[0].length, end: j };
    }
  }
  return undefined;
}

function countNewlines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n += 1;
  return n;
}

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Removes footnote reference markers from a text and returns the numbers it referred to, in order. */
export function takeFootnoteRefs(s: string): { text: string; refs: number[] } {
  const refs: number[] = [];
  const text = s.replace(FOOTNOTE_REF, (_m, n: string) => {
    refs.push(Number(n));
    return '';
  });
  return { text, refs };
}

/** The texts of the footnotes a cell refers to, in reference order, skipping numbers with no body. */
export function footnoteTexts(refs: number[], footnotes: Map<number, Footnote>): string[] {
  return refs.flatMap((n) => {
    const f = footnotes.get(n);
    return f ? [f.text] : [];
  });
}
