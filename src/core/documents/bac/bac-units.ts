/**
 * Unit drafts + segments → Unit. The description is the unit's own introducing text without the lead-ins that
 * only announce a list ("Bērna māja piedāvā:"), unless a lead-in is all the text says about it; a unit the text
 * only lists among others is described by that listing. Services are the bullets said of it.
 */
import type { Unit } from '../../knowledge/model.js';
import type { Segment } from './bac-segments.js';
import { slug } from './unit-names.js';
import { nameOf, type Registry, type UnitDraft } from './unit-registry.js';

export function buildUnits(segments: Segment[], registry: Registry): Unit[] {
  return [...registry.units.values()].map((draft) => buildUnit(draft, segments, registry));
}

function buildUnit(draft: UnitDraft, segments: Segment[], registry: Registry): Unit {
  const own = segments.filter((s) => s.unit === draft.key);
  const intros = own.filter((s) => s.kind === 'intro');
  const first = intros[0];
  const unit: Unit = {
    id: slug(draft.name),
    name: draft.name,
    description: describe(intros) ?? draft.listing ?? '',
    services: own.filter((s) => s.kind === 'bullet').map((s) => s.sentences.join(' ')),
    source: {
      document: 'bac',
      locator: `unit ${draft.name}`,
      line: first?.line ?? draft.line,
      raw: first ? first.sentences.join(' ') : draft.raw,
    },
  };
  const parent = nameOf(registry, draft.parent);
  if (parent) unit.parent = slug(parent);
  return unit;
}

function describe(intros: Segment[]): string | undefined {
  const sentences = intros.flatMap((s) => s.sentences);
  const kept = sentences.filter((s) => !s.endsWith(':'));
  if (kept.length > 0) return kept.join(' ');
  return sentences[0];
}
