/**
 * A task heading row → PlanTask. The heading reads
 * "1.2. Prenatālo … bērniem[footnoteRef:2] – NAP2027 [85;89] (pamatnostādņu 1.1.2.uzdevums)"; the NAP2027 reference
 * is missing on some, and the guidelines note is spelled several ways ("(1.2.6. pamatnostādņu uzdevums)",
 * "(1.4.1.pamatnostādņu uzdevums)", "2.1.4..uzdevums").
 */
import type { PlanTask } from '../../knowledge/model.js';
import { type Footnote, footnoteTexts } from '../artefacts.js';
import { type Cell, cellFlat, cellRefs } from './cells.js';

const HEADING = /^(\d+)\.(\d+)\.\s+(.*)$/u;
/** The last parenthesis of the heading, when it names a guidelines task. */
const GUIDELINES_NOTE = /\s*\(([^()]*uzdevums)\)\s*$/u;
const GUIDELINES_NUMBER = /\d+(?:\.\d+)+/;
/** " – NAP2027 [85;89]" at the end (after the note is cut off); the dash is sometimes a hyphen. */
const NAP_REFERENCE = /\s+[–-]\s+NAP2027\s*\[[^\]]*\]\s*$/u;

export function buildTask(cell: Cell, footnotes: Map<number, Footnote>): PlanTask | undefined {
  const raw = cellFlat(cell);
  const m = HEADING.exec(raw);
  if (!m?.[1] || !m[2] || m[3] === undefined) return undefined;
  const note = GUIDELINES_NOTE.exec(m[3]);
  const withoutNote = note ? m[3].slice(0, note.index) : m[3];
  const guidelinesTask = note?.[1] ? GUIDELINES_NUMBER.exec(note[1])?.[0] : undefined;
  const id = `${m[1]}.${m[2]}`;
  return {
    id,
    direction: Number(m[1]),
    title: withoutNote.replace(NAP_REFERENCE, '').trim(),
    ...(guidelinesTask ? { guidelinesTask } : {}),
    footnotes: footnoteTexts(cellRefs(cell), footnotes),
    source: { document: 'plan', locator: `task ${id}`, line: cell.line, raw },
  };
}
