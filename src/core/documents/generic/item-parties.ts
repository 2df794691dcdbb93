/**
 * Party cells of a generic item → parties resolved through the registry (an abbreviation the document's own
 * list defines is resolved by its name there), and a warning for every abbreviation neither knows.
 */
import type { Party } from '../../knowledge/model.js';
import type { InstitutionRegistry } from '../../knowledge/registry.js';
import { partiesOf } from '../plan/party-cell.js';
import type { GenericWarning } from './generic-schema.js';

const ABBREVIATION = /^[\p{Lu}][\p{L}\d+]*[\p{Lu}\d+][\p{L}\d+]*$/u;

export interface PartyContext {
  registry: InstitutionRegistry;
  /** The document's own abbreviation list: abbreviation → name as written. */
  defined: ReadonlyMap<string, string>;
}

export function resolveParties(
  cell: string,
  locator: string,
  context: PartyContext,
): { parties: Party[]; warnings: GenericWarning[] } {
  const warnings: GenericWarning[] = [];
  const parties = partiesOf(cell).map((party) => {
    const name = party.name.trim();
    const institution = context.registry.resolve(name) ?? definedInstitution(name, context);
    if (institution) return { name, institution: institution.id };
    const abbr = name.split(' ')[0] ?? '';
    if (ABBREVIATION.test(abbr) && !context.defined.has(abbr) && !context.defined.has(name)) {
      warnings.push({
        kind: 'unknown-abbreviation',
        locator,
        message: `${abbr} in ${locator} is neither in the institution registry nor in the document's abbreviation list`,
      });
    }
    return { name };
  });
  return { parties, warnings };
}

function definedInstitution(name: string, context: PartyContext) {
  const expansion = context.defined.get(name);
  return expansion ? context.registry.resolve(expansion) : undefined;
}
