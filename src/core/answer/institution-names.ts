/**
 * Institutions in answers: an abbreviation is expanded the first time an answer uses it ("LM (Labklājības
 * ministrija)"), then written short. VBTAI's expansion says it became BAC, so no answer presents it as current.
 * Names known only from the curated registry are marked, because no document defines them.
 */

import type { Institution, Party } from '../knowledge/model.js';
import type { InstitutionRegistry } from '../knowledge/registry.js';
import { formatIsoDate } from './dates.js';
import type { Language } from './reply.js';

export class InstitutionNames {
  private readonly used = new Set<string>();
  private readonly curatedOnly = new Set<string>();

  constructor(
    private readonly registry: InstitutionRegistry,
    private readonly lang: Language,
  ) {}

  /** A party as the answer writes it: expanded on first use when it resolves to a registry entry. */
  party(party: Party): string {
    const institution = party.institution ? this.registry.get(party.institution) : undefined;
    if (!institution || this.used.has(institution.id)) return party.name;
    this.used.add(institution.id);
    if (institution.curatedOnly) this.curatedOnly.add(party.name);
    const abbr = institution.abbreviations.find((a) => a === party.name);
    return abbr ? `${party.name} (${this.expansion(institution)})` : this.withSuccessor(party.name, institution);
  }

  parties(parties: Party[]): string {
    return parties.length === 0 ? '' : parties.map((p) => this.party(p)).join(', ');
  }

  institution(institution: Institution): string {
    const abbr = institution.abbreviations[0];
    return this.party(
      abbr ? { name: abbr, institution: institution.id } : { name: institution.name, institution: institution.id },
    );
  }

  /** A sentence naming the expansions that come from the registry, not the documents; empty if none. */
  note(): string {
    if (this.curatedOnly.size === 0) return '';
    const list = [...this.curatedOnly].join(', ');
    return this.lang === 'lv'
      ? `${list} atšifrējums dokumentos nav dots; tas norādīts pēc institūciju reģistra.`
      : `The documents do not expand ${list}; the expansion comes from the institution registry.`;
  }

  private expansion(institution: Institution): string {
    const name = this.lang === 'lv' ? institution.name : `${institution.nameEn}, ${institution.name}`;
    return this.withSuccessor(name, institution);
  }

  private withSuccessor(name: string, institution: Institution): string {
    const next = institution.successor ? this.registry.get(institution.successor.id) : undefined;
    if (!next || !institution.successor) return name;
    const date = formatIsoDate(institution.successor.date, this.lang);
    const nextName = next.abbreviations[0] ?? next.name;
    return this.lang === 'lv'
      ? `${name}; kopš ${date} — ${next.name}, ${nextName}`
      : `${name}; since ${date} the ${next.nameEn}, ${nextName}`;
  }
}
