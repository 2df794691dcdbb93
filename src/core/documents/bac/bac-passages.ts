/**
 * Segments → passages: every sentence run and bullet, cited by the unit it belongs to ("unit Bērna māja", section
 * path from the top-level unit down), the opening as "introduction", sentences that list several units as
 * "structure". Footnotes a segment refers to become passages beside it.
 */
import type { Passage } from '../../knowledge/model.js';
import type { Footnote } from '../artefacts.js';
import { type PassageContext, type TextBlock, toPassages } from '../passages.js';
import type { Segment } from './bac-segments.js';
import { nameOf, pathOf, type Registry } from './unit-registry.js';

export function bacPassages(
  segments: Segment[],
  registry: Registry,
  footnotes: Map<number, Footnote>,
  titles: string[],
): Passage[] {
  const passages: Passage[] = [];
  const used = new Set<number>();
  for (const segment of segments) {
    const blocks: TextBlock[] = [{ text: segment.sentences.join(' '), line: segment.line }];
    for (const ref of segment.refs) {
      const footnote = footnotes.get(ref);
      if (!footnote || used.has(ref)) continue;
      used.add(ref);
      blocks.push({ text: footnote.text, line: footnote.line });
    }
    passages.push(...toPassages(blocks, contextOf(segment, registry, titles)));
  }
  return withUniqueIds(passages);
}

function contextOf(segment: Segment, registry: Registry, titles: string[]): PassageContext {
  const name = nameOf(registry, segment.unit);
  if (segment.unit && name) {
    return { document: 'bac', section: pathOf(registry, segment.unit), locator: `unit ${name}` };
  }
  if (segment.kind === 'introduction') return { document: 'bac', section: titles, locator: 'introduction' };
  return { document: 'bac', section: [], locator: 'structure' };
}

/** Several segments can start on one line (a paragraph that turns from one unit to the next): number them on. */
function withUniqueIds(passages: Passage[]): Passage[] {
  const next = new Map<number, number>();
  return passages.map((p) => {
    const n = next.get(p.source.line) ?? 0;
    next.set(p.source.line, n + 1);
    return { ...p, id: `bac:${p.source.line}:${n}` };
  });
}
