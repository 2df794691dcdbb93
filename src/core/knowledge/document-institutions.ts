/**
 * An institution that only a document added at run time defines ("JRP – Jauniešu rīcības padome" in its own
 * abbreviation list) joins the served registry for as long as the document is served, so that lists by it ("Kuri
 * pasākumi ir JRP atbildībā?") find the document's rows. The curated registry is never changed, and an
 * abbreviation the registry already knows keeps its curated institution.
 */
import type { DocumentExtract, Institution, Party } from './model.js';
import { InstitutionRegistry } from './registry.js';

export function withDocumentInstitutions(
  extract: DocumentExtract,
  institutions: readonly Institution[],
): { extract: DocumentExtract; added: Institution[] } {
  const registry = new InstitutionRegistry(institutions);
  const added: Institution[] = [];
  for (const a of extract.abbreviations) {
    if (a.institution || registry.byAbbreviation(a.abbr) || registry.get(a.abbr) || !/^\p{Lu}/u.test(a.abbr)) continue;
    added.push({
      id: a.abbr,
      name: a.name,
      nameEn: a.name,
      abbreviations: [a.abbr],
      aliases: [],
      kind: 'other',
      curatedOnly: false,
      why: `Defined in the abbreviation list of “${extract.document.title.lv}”, a document added at run time.`,
    });
  }
  if (added.length === 0) return { extract, added };
  const ids = new Set(added.map((i) => i.id));
  const party = (p: Party): Party => (!p.institution && ids.has(p.name) ? { ...p, institution: p.name } : p);
  return {
    added,
    extract: {
      ...extract,
      abbreviations: extract.abbreviations.map((a) => (ids.has(a.abbr) ? { ...a, institution: a.abbr } : a)),
      measures: extract.measures.map((m) => ({
        ...m,
        responsible: m.responsible.map(party),
        coResponsible: m.coResponsible.map(party),
      })),
    },
  };
}
