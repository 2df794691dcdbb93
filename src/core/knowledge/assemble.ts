/**
 * From the parsers' raw extracts to the knowledge: resolve names against the registry, find contacts and facts in
 * the running text, warn about undefined abbreviations, merge. Pure: the caller reads the files.
 */
import { findContacts } from '../documents/contacts.js';
import { extractFacts } from '../documents/facts/extract-facts.js';
import { type Knowledge, mergeExtracts } from './knowledge.js';
import type { DocumentExtract, Institution } from './model.js';
import { InstitutionRegistry } from './registry.js';
import { resolveExtract, undefinedAbbreviationWarnings } from './resolve.js';

export interface Assembled {
  /** One extract per document, resolved: what `knowledge/extracted/<document>.json` holds. */
  extracts: DocumentExtract[];
  knowledge: Knowledge;
}

export function assemble(raw: DocumentExtract[], institutions: Institution[]): Assembled {
  const registry = new InstitutionRegistry(institutions);
  const defined = new Set(raw.flatMap((e) => e.abbreviations.map((a) => a.abbr)));
  const extracts = raw.map((extract) => {
    const resolved = resolveExtract(extract, registry);
    const contacts = resolved.passages.flatMap((p) => findContacts(p, unitOf(extract, p.section)));
    const warnings = [...resolved.warnings, ...undefinedAbbreviationWarnings(resolved, defined, registry)];
    return { ...resolved, contacts: [...resolved.contacts, ...contacts], facts: extractFacts(resolved), warnings };
  });
  return { extracts, knowledge: mergeExtracts(extracts, institutions) };
}

/** In the BAC information the innermost heading of a passage is the unit it describes; elsewhere there is none. */
function unitOf(extract: DocumentExtract, section: string[]): string | undefined {
  return extract.document.id === 'bac' ? section.at(-1) : undefined;
}
