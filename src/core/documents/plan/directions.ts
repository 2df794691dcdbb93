/**
 * The action directions, read from the introduction's numbered list after "… ir izvirzīti sekojoši rīcības
 * virzieni:". The table names directions 2–5 again in its headings, but direction 1 has no heading there (the table
 * starts mid-way) and direction 6 has a heading with no title, so the introduction is the one complete source.
 */
import type { Direction, Warning } from '../../knowledge/model.js';
import { squash, takeFootnoteRefs } from '../artefacts.js';
import { type Cell, cellFlat } from './cells.js';

/**
 * The two goals in the introduction also end in "… rīcības virzieni:", but their lists are numbered "1)"; the
 * plan's own list is numbered "1.", which tells them apart.
 */
const LIST_START = /rīcības virzieni:\s*$/iu;
const ITEM = /^\s*(\d+)\.\s+(\S.*)$/u;

export interface DirectionList {
  directions: Direction[];
  warnings: Warning[];
}

/** Reads the list between line indexes `from` and `to` (exclusive). */
export function readDirections(lines: string[], from: number, to: number): DirectionList {
  const start = lines.findIndex((l, i) => i >= from && i < to && LIST_START.test(l) && ITEM.test(lines[i + 1] ?? ''));
  if (start < 0) {
    const message = 'no list of action directions ("… rīcības virzieni:") before the table';
    return { directions: [], warnings: [{ document: 'plan', line: from + 1, kind: 'malformed', message }] };
  }
  const directions: Direction[] = [];
  for (let i = start + 1; i < to; i++) {
    const raw = squash(lines[i] as string);
    const m = ITEM.exec(raw);
    if (!m?.[1] || !m[2]) break;
    const number = Number(m[1]);
    // Items end with "; " or "."; the title is kept without that punctuation.
    const title = squash(takeFootnoteRefs(m[2]).text).replace(/\s*[;.,]$/u, '');
    directions.push({ number, title, source: { document: 'plan', locator: `direction ${number}`, line: i + 1, raw } });
  }
  return { directions, warnings: [] };
}

/** A direction heading in the table must name a listed direction, and its title (if any) must match the list's. */
export function checkDirectionHeading(
  heading: Cell,
  number: number,
  title: Cell | undefined,
  list: Direction[],
): Warning[] {
  const listed = list.find((d) => d.number === number);
  const line = heading.line;
  if (!listed) {
    return [
      { document: 'plan', line, kind: 'malformed', message: `direction ${number} is not in the introduction's list` },
    ];
  }
  if (title && cellFlat(title) !== listed.title) {
    const message = `direction ${number}: table title "${cellFlat(title)}" differs from the introduction's "${listed.title}"`;
    return [{ document: 'plan', line: title.line, kind: 'malformed', message }];
  }
  return [];
}
