/**
 * The programme's outline: numbered headings "1.", "2.1.", "2.1.3." and the lines under each. A heading is a
 * numbered line starting with a capital whose number fits under the current chapter or section, so that list
 * items ("1. izglītošana …") and years at a line start ("2026. gadā …") stay body text.
 */
import type { Warning } from '../../knowledge/model.js';
import { cleanLine, type SourceLine } from '../report/source-lines.js';

export interface Heading {
  /** "1", "2.1", "2.1.3". */
  id: string;
  /** The title as written, without its number. */
  title: string;
  line: number;
  /** The heading line, artefacts removed. */
  raw: string;
}

export interface Part {
  heading: Heading;
  body: SourceLine[];
}

export interface Outline {
  /** Lines before the first heading. */
  intro: SourceLine[];
  parts: Part[];
  warnings: Warning[];
}

const HEADING = /^(\d+(?:\.\d+){0,2})\.\s+(\p{Lu}.*)$/u;

export function readOutline(lines: SourceLine[]): Outline {
  const intro: SourceLine[] = [];
  const parts: Part[] = [];
  const warnings: Warning[] = [];
  const open: string[] = [];
  for (const source of lines) {
    const heading = headingOf(source);
    if (heading && fits(heading.id, open)) {
      open.splice(depth(heading.id) - 1, open.length, heading.id);
      parts.push({ heading, body: [] });
      continue;
    }
    if (heading && parts.length > 0) {
      const message = `"${heading.raw}" looks like a heading but does not fit under ${open.join(' / ')}; kept as text`;
      warnings.push({ document: 'programme', line: source.line, kind: 'malformed', message });
    }
    (parts.at(-1)?.body ?? intro).push(source);
  }
  return { intro, parts, warnings };
}

function headingOf(source: SourceLine): Heading | undefined {
  const raw = cleanLine(source.text).text;
  const m = HEADING.exec(raw);
  if (!m?.[1] || !m[2]) return undefined;
  return { id: m[1], title: m[2], line: source.line, raw };
}

export function depth(id: string): number {
  return id.split('.').length;
}

export function parentId(id: string): string | undefined {
  const i = id.lastIndexOf('.');
  return i < 0 ? undefined : id.slice(0, i);
}

/** Chapters follow each other (1, 2, …); a section or activity must belong to the chapter or section open now. */
function fits(id: string, open: string[]): boolean {
  if (depth(id) === 1) return Number(id) === Number(open[0] ?? 0) + 1;
  return parentId(id) === open[depth(id) - 2];
}
