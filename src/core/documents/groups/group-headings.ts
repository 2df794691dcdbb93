/**
 * Finds the groups: the standing group ("Pastāvīgā darba grupa – <name>"), the section heading that introduces
 * the council's subgroups ("… apakšgrupas"), and the numbered groups. A numbered line is a group heading only when
 * its number is the next one expected and it names a group ("Apakšgrupa:", "darba grupa"), so that numbered
 * tasks ("2. Definēt …") are never taken for groups.
 */
import type { WorkingGroup } from '../../knowledge/model.js';
import type { FieldName } from './group-fields.js';
import { matchLabel } from './group-fields.js';
import type { SourceLine } from './group-lines.js';

export interface GroupHeading {
  id: string;
  kind: WorkingGroup['kind'];
  title: string;
  /** The heading as it stands, over one or more lines. */
  raw: string;
  line: number;
  /** The section heading above the group, if any ("Bērnu lietu sadarbības padomes apakšgrupas"). */
  section?: string;
  /** Set when the heading doubles as a field label ("… aktuālie uzdevumi […]:"). */
  opens?: FieldName;
}

export interface GroupBlock {
  heading: GroupHeading;
  /** The heading's own lines (for footnote references) and the lines up to the next heading. */
  headingLines: SourceLine[];
  body: SourceLine[];
}

const STANDING = /^Pastāvīgā darba grupa\s*[–-]?\s*(.*)$/iu;
const NUMBERED = /^(\d{1,2})\.\s*(.+)$/u;
const NAMES_GROUP = /apakšgrupa|darba grup/iu;
const LABELLED = /^(Apakšgrupa|darba grupa)\s*:\s*(.+)$/iu;
const NAMED = /^(.*?\bdarba grup)\p{L}*/iu;
const OPENS_TASKS = /aktuāl\p{L}*\s+uzdevum/iu;
const SECTION = /^\p{Lu}.*\sapakšgrupas$/u;

export function findGroupBlocks(lines: SourceLine[]): GroupBlock[] {
  const blocks: GroupBlock[] = [];
  let section: string | undefined;
  let current: GroupBlock | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as SourceLine;
    const numbered = blocks.filter((b) => b.heading.kind !== 'standing').length;
    const found = readHeading(lines, i, numbered + 1);
    if (found) {
      if (section) found.heading.section = section;
      current = { heading: found.heading, headingLines: lines.slice(i, found.next), body: [] };
      blocks.push(current);
      i = found.next;
      continue;
    }
    if (SECTION.test(line.text) && !matchLabel(line.text)) {
      section = line.text;
      current = undefined;
    } else {
      current?.body.push(line);
    }
    i += 1;
  }
  return blocks;
}

function readHeading(lines: SourceLine[], i: number, expected: number) {
  const first = lines[i] as SourceLine;
  const standing = STANDING.exec(first.text);
  if (standing) return readStanding(lines, i, standing[1] ?? '');
  const numbered = NUMBERED.exec(first.text);
  if (!numbered || Number(numbered[1]) !== expected || !NAMES_GROUP.test(numbered[2] as string)) return undefined;
  const { raw, next } = withContinuation(lines, i);
  const rest = raw.replace(/^\d{1,2}\.\s*/u, '');
  const heading: GroupHeading = { id: String(expected), line: first.line, raw, ...titleOf(rest) };
  return { heading, next };
}

/** The standing group's name follows the dash, on the same line or the next non-blank one. */
function readStanding(lines: SourceLine[], i: number, sameLine: string) {
  const first = lines[i] as SourceLine;
  let next = i + 1;
  let title = sameLine.trim();
  while (!title && next < lines.length) {
    title = (lines[next] as SourceLine).text;
    next += 1;
  }
  const raw = `${first.text} ${title}`.trim();
  const heading: GroupHeading = { id: 'standing', kind: 'standing', title, raw, line: first.line };
  return { heading, next };
}

/** A heading without a closing "." or ":" runs on into the next line (group 1's title spans two). */
function withContinuation(lines: SourceLine[], i: number): { raw: string; next: number } {
  let raw = (lines[i] as SourceLine).text;
  let next = i + 1;
  while (!/[.:]$/u.test(raw) && next < lines.length) {
    const text = (lines[next] as SourceLine).text;
    if (!text || matchLabel(text)) break;
    raw = `${raw} ${text}`;
    next += 1;
  }
  return { raw, next };
}

function titleOf(rest: string): Pick<GroupHeading, 'kind' | 'title' | 'opens'> {
  const labelled = LABELLED.exec(rest);
  if (labelled) {
    const kind = /^apakšgrupa$/iu.test(labelled[1] as string) ? 'subgroup' : 'group';
    return { kind, title: (labelled[2] as string).replace(/\.$/u, '').trim() };
  }
  // "NPAIS darba grupas aktuālie uzdevumi […]:" names the group in the genitive and opens its task list.
  const named = NAMED.exec(rest);
  const title = named ? `${named[1]}a` : rest;
  return OPENS_TASKS.test(rest) ? { kind: 'group', title, opens: 'tasks' } : { kind: 'group', title };
}
