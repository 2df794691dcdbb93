/** A person named in the working groups: the role and institution as written, and each group they sit in. */
import type { Person } from '../../knowledge/knowledge-base.js';
import type { AnswerContext } from '../answer-context.js';
import { cite } from '../citations.js';
import type { Draft } from '../draft.js';
import { groupName } from './group.js';

const SEAT = {
  leader: { lv: 'vada', en: 'leads' },
  deputy: { lv: 'ir vadītāja vietnieks', en: 'is deputy leader of' },
  member: { lv: 'ir sastāvā', en: 'is a member of' },
} as const;

export function renderPerson(person: Person, ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const first = person.memberships[0];
  const raw = first?.member.raw ?? '';
  const role = raw
    .slice(0, raw.lastIndexOf(person.name))
    .replace(/[\s–-]+$/u, '')
    .replace(/^[-·•\s]+/u, '');
  draft.line(role ? `${person.name} — ${role}.` : `${person.name}.`);
  for (const { group, member, as } of person.memberships) {
    const seat = SEAT[as][lang];
    draft.line(
      lang === 'lv'
        ? `${person.name} ${seat}: ${groupName(group, lang)}.`
        : `${person.name} ${seat} ${groupName(group, lang)}.`,
    );
    draft.source(cite(group.source, lang, member.raw));
    draft.subject({ kind: 'group', id: group.id });
  }
  draft.subject({ kind: 'person', id: person.name });
}
