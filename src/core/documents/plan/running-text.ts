/**
 * Passages for the plan's running text: the introduction, the goals at the top of the table, and the
 * policy-result blocks (one at the start of the table, then one after each direction's measures).
 */
import type { Passage } from '../../knowledge/model.js';
import { squash, takeFootnoteRefs } from '../artefacts.js';
import { type TextBlock, toPassages } from '../passages.js';
import { type Cell, cellFlat, cellLines } from './cells.js';
import { isPolicyLine } from './classify.js';

/** Every non-blank line between the abbreviation list and the table is a paragraph or list item of its own. */
export function introPassages(lines: string[], from: number, to: number): Passage[] {
  const blocks: TextBlock[] = [];
  for (let i = from; i < to; i++) {
    const text = squash(takeFootnoteRefs(lines[i] as string).text);
    if (text) blocks.push({ text, line: i + 1 });
  }
  return toPassages(blocks, { document: 'plan', section: ['Ievads'], locator: 'introduction' });
}

/** The goals come as heading and text cell pairs ("Plāna mērķis" / "Piedāvāt konkrētus …"). */
export function goalPassages(cells: Cell[]): Passage[] {
  const passages: Passage[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const heading = cells[i] as Cell;
    const body = cells[i + 1];
    const section = body ? ['Mērķi', cellFlat(heading)] : ['Mērķi'];
    const blocks = cellLines(body ?? heading);
    passages.push(...toPassages(blocks, { document: 'plan', section, locator: 'goals' }));
  }
  return passages;
}

/** One passage per "Politikas rezultāts: …" or "Rezultatīvais rādītājs: …" line; the block heading is a label only. */
export function policyPassages(cells: Cell[], direction: number | undefined): Passage[] {
  const blocks = cells.flatMap(cellLines).filter((l) => isPolicyLine(l.text));
  const section = direction ? [`${direction}. rīcības virziens`, 'Politikas rezultāti'] : ['Politikas rezultāti'];
  const locator = direction ? `direction ${direction} policy results` : 'policy results';
  return toPassages(blocks, { document: 'plan', section, locator });
}
