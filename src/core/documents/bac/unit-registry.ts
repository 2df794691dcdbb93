/**
 * The units met so far, keyed so that case forms and slips of the same name meet, and how parents are decided:
 * 1. a genitive before the name ("Bērnu labbūtības veicināšanas departamenta Uzticības tālruņa nodaļa");
 * 2. "X sastāvā darbojas A un B": X is the parent of A and B;
 * 3. a unit listed with others ("… jomā darbojas A, B un C") is top-level;
 * 4. any other section or team ("nodaļa", "komanda") belongs to the department the text is in at that point
 *    (Vardarbības intervences nodaļa under Bērnu labbūtības veicināšanas departaments);
 * 5. otherwise the unit is top-level.
 */
import { HEAD_NOUNS, headNoun, unitKey } from './unit-names.js';

export interface UnitDraft {
  key: string;
  /** The name as first met (later mentions may misspell it). */
  name: string;
  parent?: string;
  line: number;
  raw: string;
  /** The sentence that listed it among others, for a unit the text never describes on its own. */
  listing?: string;
}

export interface Registry {
  units: Map<string, UnitDraft>;
  /** The department the running text is in, for rule 4. */
  head?: string;
}

export interface Mention {
  name: string;
  line: number;
  raw: string;
  parent?: string;
  listed?: boolean;
}

export function register(registry: Registry, mention: Mention): UnitDraft {
  const key = unitKey(mention.name);
  const parentKey = mention.parent
    ? register(registry, { ...mention, name: mention.parent, parent: undefined }).key
    : undefined;
  const known = registry.units.get(key);
  if (known) {
    if (parentKey && !known.parent) known.parent = parentKey;
    return known;
  }
  const unit: UnitDraft = { key, name: mention.name, line: mention.line, raw: mention.raw };
  const inferred = mention.listed || HEAD_NOUNS.has(headNoun(mention.name)) ? undefined : registry.head;
  const parent = parentKey ?? inferred;
  if (parent) unit.parent = parent;
  if (mention.listed) unit.listing = mention.raw;
  registry.units.set(key, unit);
  return unit;
}

/** After the text turns to a unit, later sections and teams belong to it (or to its department). */
export function enter(registry: Registry, unit: UnitDraft): void {
  registry.head = HEAD_NOUNS.has(headNoun(unit.name)) ? unit.key : unit.parent;
}

export function nameOf(registry: Registry, key: string | undefined): string | undefined {
  return key ? registry.units.get(key)?.name : undefined;
}

/** Names from the top-level unit down to this one. */
export function pathOf(registry: Registry, key: string): string[] {
  const path: string[] = [];
  let unit = registry.units.get(key);
  while (unit && !path.includes(unit.name)) {
    path.unshift(unit.name);
    unit = unit.parent ? registry.units.get(unit.parent) : undefined;
  }
  return path;
}
