/**
 * Resolves the names the parsers kept as written to registry ids, fills the nominative of abbreviations written
 * in another case, and warns about abbreviations that no document defines.
 */
import type { DocumentExtract, Party, Warning } from './model.js';
import type { InstitutionRegistry } from './registry.js';

export function resolveParty(party: Party, registry: InstitutionRegistry): Party {
  const institution = registry.resolve(party.name);
  return institution ? { ...party, institution: institution.id } : { name: party.name };
}

/** Returns a copy of the extract with every party, abbreviation and event resolved against the registry. */
export function resolveExtract(extract: DocumentExtract, registry: InstitutionRegistry): DocumentExtract {
  const party = (p: Party) => resolveParty(p, registry);
  const parties = (list: Party[]) => list.map(party);
  return {
    ...extract,
    abbreviations: extract.abbreviations.map((a) => {
      const institution = registry.byAbbreviation(a.abbr);
      if (!institution) return a;
      const nominative = institution.name !== a.name ? institution.name : undefined;
      return { ...a, institution: institution.id, ...(nominative ? { nominative } : {}) };
    }),
    events: extract.events.map((e) => ({ ...e, from: party(e.from), to: party(e.to) })),
    measures: extract.measures.map((m) => ({
      ...m,
      responsible: parties(m.responsible),
      coResponsible: parties(m.coResponsible),
    })),
    reportTasks: extract.reportTasks.map((t) => ({
      ...t,
      responsible: parties(t.responsible),
      cooperating: parties(t.cooperating),
    })),
    activities: extract.activities.map((a) => ({ ...a, runBy: party(a.runBy) })),
    groups: extract.groups.map((g) => {
      const member = <M extends { institution?: Party | undefined }>(m: M): M =>
        m.institution ? { ...m, institution: party(m.institution) } : m;
      return {
        ...g,
        ...(g.leader ? { leader: member(g.leader) } : {}),
        ...(g.deputy ? { deputy: member(g.deputy) } : {}),
        members: g.members.map(member),
      };
    }),
  };
}

/**
 * Abbreviations that party cells use without any document's abbreviation list defining them. A party is checked
 * by its leading word (parties that are abbreviations stand alone in their comma-separated cell); each use gets a
 * warning with its place, and what the curated registry knows of it, if anything.
 */
export function undefinedAbbreviationWarnings(
  extract: DocumentExtract,
  defined: ReadonlySet<string>,
  registry: InstitutionRegistry,
): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const { parties, locator, line } of partyCells(extract)) {
    for (const party of parties) {
      const abbr = undefinedLeadingAbbreviation(party, defined, registry);
      if (!abbr || seen.has(`${abbr}@${locator}`)) continue;
      seen.add(`${abbr}@${locator}`);
      const known = registry.byAbbreviation(abbr);
      const note = known ? ` (curated registry: ${known.name})` : ' (unknown to the registry too)';
      const message = `${abbr} in ${locator} is not defined in any document's abbreviation list${note}`;
      warnings.push({ document: extract.document.id, line, kind: 'unknown-abbreviation', message });
    }
  }
  return warnings;
}

const LEADING_ABBREVIATION = /^[\p{Lu}][\p{L}\d+]*[\p{Lu}][\p{L}\d+]*(?![\p{L}\d])/u;

function undefinedLeadingAbbreviation(
  party: Party,
  defined: ReadonlySet<string>,
  registry: InstitutionRegistry,
): string | undefined {
  const name = party.name.trim();
  if ([...defined].some((abbr) => name === abbr || name.startsWith(`${abbr} `))) return undefined;
  const abbr = LEADING_ABBREVIATION.exec(name)?.[0];
  if (!abbr) return undefined;
  // A company or body the registry knows by name only ("ZZ Dats") is not an abbreviation in use.
  const institution = party.institution ? registry.get(party.institution) : undefined;
  if (institution && institution.abbreviations.length === 0) return undefined;
  return abbr;
}

interface PartyCell {
  parties: Party[];
  locator: string;
  line: number;
}

function partyCells(extract: DocumentExtract): PartyCell[] {
  const cell = (parties: Party[], locator: string, line: number): PartyCell => ({ parties, locator, line });
  return [
    ...extract.measures.map((m) => cell([...m.responsible, ...m.coResponsible], m.source.locator, m.source.line)),
    ...extract.reportTasks.map((t) => cell([...t.responsible, ...t.cooperating], t.source.locator, t.source.line)),
    ...extract.groups.flatMap((g) =>
      [g.leader, g.deputy, ...g.members].flatMap((m) =>
        m?.institution && m.institution.name === m.institution.name.trim() && !/\s/.test(m.institution.name)
          ? [cell([m.institution], g.source.locator, g.source.line)]
          : [],
      ),
    ),
  ];
}
