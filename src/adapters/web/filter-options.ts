/**
 * What the dashboard's filters offer: the institutions that own at least one tracked item (by registry id, shown
 * as abbreviation and name), the working groups, the documents with tracked items, and the buckets; each with how
 * many rows it would show.
 */
import type { Language } from '../../core/answer/reply.js';
import type { TrackedItem } from '../../core/deadlines/tracked-items.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { BUCKETS, bucketLabel } from './dashboard-words.js';

export interface Option {
  id: string;
  label: string;
  /** How many rows choosing this option would show, the other filters kept. */
  count?: number;
}

export interface FilterOptions {
  institutions: Option[];
  groups: Option[];
  documents: Option[];
  buckets: Option[];
}

export function filterOptions(kb: KnowledgeBase, items: TrackedItem[], lang: Language): FilterOptions {
  return {
    institutions: institutions(kb, items, lang),
    groups: kb.knowledge.groups.map((g) => ({ id: g.id, label: groupLabel(g.id, g.title, lang) })),
    documents: [...new Set(items.map((i) => i.document))].map((id) => ({ id, label: shortTitle(kb, id, lang) })),
    buckets: BUCKETS.map((id) => ({ id, label: bucketLabel(id, lang) })),
  };
}

export type Dimension = 'institution' | 'group' | 'document' | 'bucket';

const DIMENSIONS: [keyof FilterOptions, Dimension][] = [
  ['institutions', 'institution'],
  ['groups', 'group'],
  ['documents', 'document'],
  ['buckets', 'bucket'],
];

/** Every option with its count; `count` answers for one dimension set to one option. */
export function countOptions(options: FilterOptions, count: (dimension: Dimension, id: string) => number) {
  const counted = { ...options };
  for (const [key, dimension] of DIMENSIONS) {
    counted[key] = options[key].map((o) => ({ ...o, count: count(dimension, o.id) }));
  }
  return counted;
}

function institutions(kb: KnowledgeBase, items: TrackedItem[], lang: Language): Option[] {
  const ids = new Set(items.flatMap((i) => [...i.responsible, ...i.coResponsible].flatMap((p) => p.institution ?? [])));
  return [...ids]
    .flatMap((id) => {
      const institution = kb.registry.get(id);
      if (!institution) return [];
      const name = lang === 'lv' ? institution.name : institution.nameEn;
      const abbr = institution.abbreviations[0];
      return [{ id, label: abbr ? `${abbr} — ${name}` : name }];
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'lv'));
}

function groupLabel(id: string, title: string, lang: Language): string {
  if (id === 'standing') return lang === 'lv' ? `Pastāvīgā darba grupa — ${title}` : `Standing group — ${title}`;
  return lang === 'lv' ? `${id}. apakšgrupa — ${title}` : `Subgroup ${id} — ${title}`;
}

/** A document's short title: the known ones' and those added at run time alike come with the knowledge. */
function shortTitle(kb: KnowledgeBase, id: string, lang: Language): string {
  return kb.knowledge.documents.find((d) => d.id === id)?.short[lang] ?? id;
}
