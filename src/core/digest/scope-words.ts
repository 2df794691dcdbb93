/** A scope in words, for a digest's title and intro and for the subscription settings shown in chat. */
import type { Language } from '../answer/reply.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { DigestScopes } from './default-scopes.js';
import { docTitle } from './digest-words.js';
import type { Scope } from './scope.js';

type Kb = Pick<KnowledgeBase, 'groups' | 'registry'>;

/** "3. darba grupa “NPAIS darba grupa” (un tēma NPAIS); LM (atbildīgā vai līdzatbildīgā)". */
export function describeScope(scope: Scope, kb: Kb, defaults: DigestScopes, lang: Language): string {
  const parts = [
    ...scope.groups.map((g) => describeGroup(g, kb, defaults, lang)),
    ...scope.institutions.map((i) => `${kb.registry.get(i)?.abbreviations[0] ?? i} (${rolesText(scope, lang)})`),
    ...scope.prefixes.map((p) => (lang === 'lv' ? `pasākumi ${p}.*` : `measures ${p}.*`)),
  ];
  const docs = scope.documents.map((d) => docTitle(d, lang)).join(', ');
  if (parts.length === 0) return docs;
  if (!docs) return parts.join('; ');
  return `${parts.join('; ')} — ${lang === 'lv' ? 'tikai' : 'only'} ${docs}`;
}

/** The shortest name of what the scope follows, for a digest's title. */
export function scopeTitle(scope: Scope, kb: Kb, lang: Language): string {
  const group = scope.groups[0];
  if (group) return groupTitle(group, kb, lang);
  const institution = scope.institutions[0];
  if (institution) return kb.registry.get(institution)?.abbreviations[0] ?? institution;
  const prefix = scope.prefixes[0];
  if (prefix) return lang === 'lv' ? `pasākumi ${prefix}.*` : `measures ${prefix}.*`;
  return scope.documents.map((d) => docTitle(d, lang)).join(', ');
}

export function groupTitle(id: string, kb: Kb, lang: Language): string {
  const group = kb.groups.get(id);
  const title = group ? ` “${group.title}”` : '';
  if (id === 'standing') return `${lang === 'lv' ? 'pastāvīgā darba grupa' : 'the standing working group'}${title}`;
  if (group?.kind === 'subgroup') return lang === 'lv' ? `${id}. apakšgrupa${title}` : `subgroup ${id}${title}`;
  return lang === 'lv' ? `${id}. darba grupa${title}` : `working group ${id}${title}`;
}

function describeGroup(id: string, kb: Kb, defaults: DigestScopes, lang: Language): string {
  const topics = defaults.groups.find((g) => g.group === id)?.topics ?? [];
  const labels = topics.map((t) => t.label[lang]).join(', ');
  if (!labels) return groupTitle(id, kb, lang);
  return lang === 'lv'
    ? `${groupTitle(id, kb, lang)} ar tās uzdevumiem un tēmām: ${labels}`
    : `${groupTitle(id, kb, lang)} with its tasks and topics: ${labels}`;
}

function rolesText(scope: Scope, lang: Language): string {
  const both = scope.roles.length === 2;
  if (lang === 'lv')
    return both ? 'atbildīgā vai līdzatbildīgā' : scope.roles[0] === 'responsible' ? 'atbildīgā' : 'līdzatbildīgā';
  return both ? 'responsible or co-responsible' : scope.roles[0] === 'responsible' ? 'responsible' : 'co-responsible';
}
