/**
 * The knowledge with everything a question needs to find fast: lookups by id, the institution registry, the
 * people named in the working groups, and the search index. Built once at start-up.
 */
import type { SearchIndex } from '../search/build-index.js';
import { analyze } from '../text/analyze.js';
import { fold } from '../text/fold.js';
import { stemLv } from '../text/stem-lv.js';
import type { Knowledge } from './knowledge.js';
import type { Direction, Measure, Member, PlanTask, ProgrammeActivity, ReportTask, WorkingGroup } from './model.js';
import { InstitutionRegistry } from './registry.js';
import { searchItems } from './search-items.js';
import { buildSearchState, type SearchState } from './search-state.js';

export interface Person {
  name: string;
  /** Stems of each part of the name ("Zālīte-Grosa" → zalit, gros), so "Zālītei" and "Zālītes" find her. */
  stems: string[];
  memberships: { group: WorkingGroup; member: Member; as: 'leader' | 'deputy' | 'member' }[];
}

export interface KnowledgeBase {
  knowledge: Knowledge;
  registry: InstitutionRegistry;
  index: SearchIndex;
  measures: ReadonlyMap<string, Measure>;
  planTasks: ReadonlyMap<string, PlanTask>;
  directions: ReadonlyMap<string, Direction>;
  reportTasks: ReadonlyMap<string, ReportTask>;
  activities: ReadonlyMap<string, ProgrammeActivity>;
  groups: ReadonlyMap<string, WorkingGroup>;
  people: readonly Person[];
  /** In how many searchable items each index term occurs: how telling a matched word is. */
  termFrequency: ReadonlyMap<string, number>;
  itemCount: number;
  /** The words of each document's titles (Latvian and English), as index terms. */
  documentTerms: ReadonlyMap<string, ReadonlySet<string>>;
}

/** `prepared`: the search state read from disk for this knowledge's items; built here when absent. */
export function buildKnowledgeBase(knowledge: Knowledge, prepared?: SearchState): KnowledgeBase {
  const search = prepared ?? buildSearchState(searchItems(knowledge));
  const items = search.index.items;
  // The first document to use an id keeps it: a document added at run time never hides a known one's item.
  const byId = <T>(list: T[], key: (t: T) => string | null) => {
    const map = new Map<string, T>();
    for (const t of list) {
      const id = key(t);
      if (id !== null && !map.has(id)) map.set(id, t);
    }
    return map;
  };
  return {
    knowledge,
    registry: new InstitutionRegistry(knowledge.institutions),
    index: search.index,
    measures: byId(knowledge.measures, (m) => m.id),
    planTasks: byId(knowledge.planTasks, (t) => t.id),
    directions: byId(knowledge.directions, (d) => String(d.number)),
    reportTasks: byId(knowledge.reportTasks, (t) => String(t.number)),
    activities: byId(knowledge.activities, (a) => a.id),
    groups: byId(knowledge.groups, (g) => g.id),
    people: peopleOf(knowledge.groups),
    termFrequency: search.termFrequency,
    itemCount: items.length,
    documentTerms: new Map(
      knowledge.documents.map((d) => [
        d.id,
        new Set(analyze(`${d.title.lv} ${d.short.lv} ${d.title.en} ${d.short.en}`)),
      ]),
    ),
  };
}

/** Stems of a personal name's parts, e.g. "Evita Zālīte-Grosa" → ["evit", "zalit", "gros"]. */
export function nameStems(name: string): string[] {
  return fold(name)
    .split(/[\s-]+/u)
    .filter((part) => part.length > 1)
    .map((part) => stemLv(part));
}

function peopleOf(groups: WorkingGroup[]): Person[] {
  const people = new Map<string, Person>();
  for (const group of groups) {
    const seats: [Member | undefined, Person['memberships'][number]['as']][] = [
      [group.leader, 'leader'],
      [group.deputy, 'deputy'],
      ...group.members.map((m): [Member, 'member'] => [m, 'member']),
    ];
    for (const [member, as] of seats) {
      if (!member?.person) continue;
      const person = people.get(member.person) ?? {
        name: member.person,
        stems: nameStems(member.person),
        memberships: [],
      };
      person.memberships.push({ group, member, as });
      people.set(member.person, person);
    }
  }
  return [...people.values()];
}
