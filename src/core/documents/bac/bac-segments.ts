/**
 * Blocks → segments: runs of sentences (or one bullet) that belong to one unit. Rules:
 * - a sentence that starts with a unit name makes that unit current ("intro"); the sentences after it in the same
 *   paragraph belong to it too. Inside a paragraph only a unit already met or named with its parent counts: the text
 *   introduces units at the start of a paragraph, and "… izveidot speciālistu komandu … Speciālistu komanda
 *   palīdzēs …" speaks of a project's team, not of a unit of the Centre;
 * - "X sastāvā darbojas A un B" introduces X (current) and its members;
 * - a sentence listing two or more units ("… jomā darbojas A, B un C") describes the structure, and no unit is
 *   current after it;
 * - any other sentence or bullet belongs to the current unit ("text", "bullet"), or to the introduction before the
 *   first unit;
 * - a bullet that starts with a unit name ("Krīzes intervences komanda sniedz …") introduces that unit without
 *   making it current: the list it stands in goes on about the unit before it.
 */
import { splitSentences } from '../passages.js';
import type { BacBlock } from './bac-blocks.js';
import { composition, leadingUnit, unitKey, unitNamesIn } from './unit-names.js';
import { enter, type Registry, register } from './unit-registry.js';

export type SegmentKind = 'introduction' | 'structure' | 'intro' | 'text' | 'bullet';

export interface Segment {
  kind: SegmentKind;
  unit?: string;
  sentences: string[];
  line: number;
  refs: number[];
}

export function segmentBlocks(blocks: BacBlock[]): { segments: Segment[]; registry: Registry } {
  const registry: Registry = { units: new Map() };
  const segments: Segment[] = [];
  let current: string | undefined;
  for (const block of blocks) {
    let made: Segment[];
    if (block.kind === 'bullet') made = [bulletSegment(block, registry, current)];
    else ({ segments: made, current } = paragraphSegments(block, registry, current));
    const last = made[made.length - 1];
    if (last) last.refs = block.refs;
    segments.push(...made);
  }
  return { segments, registry };
}

function bulletSegment(block: BacBlock, registry: Registry, current: string | undefined): Segment {
  const sentences = splitSentences(block.text);
  const lead = leadingUnit(block.text);
  if (lead) {
    const unit = register(registry, { name: lead.name, parent: lead.parent, line: block.line, raw: block.text });
    return { kind: 'intro', unit: unit.key, sentences, line: block.line, refs: [] };
  }
  const segment: Segment = { kind: 'bullet', sentences, line: block.line, refs: [] };
  if (current) segment.unit = current;
  return segment;
}

function paragraphSegments(block: BacBlock, registry: Registry, startUnit: string | undefined) {
  const segments: Segment[] = [];
  let current = startUnit;
  for (const [index, sentence] of splitSentences(block.text).entries()) {
    const at = { line: block.line, raw: sentence };
    const read = readSentence(sentence, at, registry, index === 0);
    if (read.kind === 'structure') current = undefined;
    else if (read.unit) current = read.unit;
    const previous = segments[segments.length - 1];
    if (read.kind === 'text' && previous && previous.unit === current && previous.kind !== 'structure') {
      previous.sentences.push(sentence);
      continue;
    }
    segments.push(newSegment(read.kind, current, sentence, block.line, registry));
  }
  return { segments, current };
}

function newSegment(kind: SegmentKind, unit: string | undefined, sentence: string, line: number, registry: Registry) {
  const segment: Segment = { kind, sentences: [sentence], line, refs: [] };
  if (kind === 'text' && !unit) segment.kind = registry.units.size > 0 ? 'structure' : 'introduction';
  if (unit && kind !== 'structure') segment.unit = unit;
  return segment;
}

function readSentence(sentence: string, at: { line: number; raw: string }, registry: Registry, opens: boolean) {
  const composed = composition(sentence);
  if (composed && composed.members.length > 0) {
    const parent = register(registry, { ...at, name: composed.parent });
    for (const name of composed.members) register(registry, { ...at, name, parent: composed.parent, listed: true });
    enter(registry, parent);
    return { kind: 'intro' as const, unit: parent.key };
  }
  const lead = leadingUnit(sentence);
  if (lead && (opens || lead.parent || registry.units.has(unitKey(lead.name)))) {
    const unit = register(registry, { ...at, name: lead.name, parent: lead.parent });
    enter(registry, unit);
    return { kind: 'intro' as const, unit: unit.key };
  }
  const listed = unitNamesIn(sentence);
  if (listed.length >= 2) {
    for (const name of listed) register(registry, { ...at, name, listed: true });
    registry.head = undefined;
    return { kind: 'structure' as const };
  }
  return { kind: 'text' as const };
}
