/**
 * The lines under an activity heading: description paragraphs, then "Finansējums – 16 000 euro" (or
 * "Finansējums: 50 000 euro"), then "Rezultāts:"/"Rezultāti:" with one unnumbered line or numbered "1) …" lines.
 */
import { cleanLine, type SourceLine } from '../report/source-lines.js';

export interface Funding {
  /** Undefined when the line gives no amount in euro. */
  amount?: number;
  raw: string;
  line: number;
}

export interface ActivityBody {
  /** The lines before the funding line, blank ones included (they end a labelled list). */
  description: SourceLine[];
  funding?: Funding;
  results: string[];
  /** Non-empty lines after the results that belong to none of the parts. */
  stray: SourceLine[];
}

const FUNDING = /^Finansējums\s*[–—:-]/u;
const RESULTS = /^Rezultāt[si]\s*:\s*(.*)$/u;
const NUMBERED = /^\d+\)\s*/u;

/** "16 000 euro", "20 239 euro": digits grouped by spaces (non-breaking ones are squashed to spaces already). */
export function euroAmount(text: string): number | undefined {
  const m = /(\d{1,3}(?: \d{3})+|\d+)\s*euro\b/u.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1].replace(/ /g, ''));
}

export function hasFunding(body: SourceLine[]): boolean {
  return body.some((l) => FUNDING.test(cleanLine(l.text).text));
}

export function readActivityBody(body: SourceLine[]): ActivityBody {
  const lines = body.map((l) => ({ text: cleanLine(l.text).text, line: l.line }));
  const fundingAt = lines.findIndex((l) => FUNDING.test(l.text));
  const resultsAt = lines.findIndex((l) => RESULTS.test(l.text));
  const descriptionEnd = Math.min(...[fundingAt, resultsAt, lines.length].filter((i) => i >= 0));
  const fundingLine = lines[fundingAt];
  const funding = fundingLine && {
    amount: euroAmount(fundingLine.text),
    raw: fundingLine.text,
    line: fundingLine.line,
  };
  const { results, stray } = resultsAt < 0 ? { results: [], stray: [] } : readResults(lines.slice(resultsAt));
  return {
    description: body.slice(0, descriptionEnd),
    ...(funding ? { funding } : {}),
    results,
    stray,
  };
}

/**
 * The results run from the label to the first blank line after them. In a numbered list each "N)" starts a result
 * and an unnumbered line continues the one before; without numbers each line is a result.
 */
function readResults(lines: SourceLine[]): { results: string[]; stray: SourceLine[] } {
  const [label, ...rest] = lines;
  const inline = RESULTS.exec(label?.text ?? '')?.[1] ?? '';
  const results = inline ? [inline] : [];
  const numbered = NUMBERED.test(rest.find((l) => l.text !== '')?.text ?? '');
  let i = 0;
  for (; i < rest.length; i++) {
    const text = rest[i]?.text ?? '';
    if (!text && results.length > 0) break;
    if (!text) continue;
    if (numbered && !NUMBERED.test(text) && results.length > 0) results.push(`${results.pop()} ${text}`);
    else results.push(text.replace(NUMBERED, ''));
  }
  return { results, stray: rest.slice(i).filter((l) => l.text !== '') };
}
