/**
 * What the dashboard's filters offer: the institutions that own at least one tracked item (by registry id, shown
 * as abbreviation and name), the working groups, the documents with tracked items, and the buckets.
 */
import type { Language } from '../../core/answer/reply.js';
import type { TrackedItem } from '../../core/deadlines/tracked-items.js';
import { DOCUMENTS } from '../../core/documents/catalogue.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { BUCKETS, bucketLabel } from './dashboard-words.js';

export interface Option {
  id: string;
  label: string;
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
    documents: [...new Set(items.map((i) => i.document))].map((id) => ({ id, label: DOCUMENTS[id].short[lang] })),
    buckets: BUCKETS.map((id) => ({ id, label: bucketLabel(id, lang) })),
  };
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
