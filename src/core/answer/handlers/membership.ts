/** Which working groups an institution or a person sits in, and in what seat. */
import type { WorkingGroup } from '../../knowledge/model.js';
import type { AnswerContext } from '../answer-context.js';
import { cite } from '../citations.js';
import { Draft } from '../draft.js';
import { notFound } from '../not-found.js';
import { groupName } from '../render/group.js';
import type { Reply } from '../reply.js';
import { answerSubject } from './subject.js';

type Seat = 'leader' | 'deputy' | 'member';
const SEAT = {
  leader: { lv: 'vada', en: 'leads' },
  deputy: { lv: 'vadītāja vietnieks', en: 'deputy leader' },
  member: { lv: 'sastāvā', en: 'member' },
};

export function answerMembership(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  const { lang } = ctx;
  for (const slot of ctx.u.institutions.slice(0, 2)) {
    const institution = ctx.kb.registry.get(slot.id);
    if (!institution) continue;
    const seats = ctx.kb.knowledge.groups.flatMap((g) =>
      seatsOf(g, (m) => m.institution?.institution === institution.id),
    );
    const name = ctx.names.institution(institution);
    if (seats.length === 0) {
      draft.line(
        lang === 'lv'
          ? `${name} nav minēta nevienas darba grupas sastāvā.`
          : `${name} is not named in any working group.`,
      );
      continue;
    }
    draft.line(
      lang === 'lv' ? `${name} ir ${seats.length} darba grupās:` : `${name} sits in ${seats.length} working groups:`,
    );
    for (const { group, seat } of seats) {
      draft.items.push({
        id: group.id === 'standing' ? '—' : group.id,
        title: groupName(group, lang),
        detail: SEAT[seat][lang],
      });
      draft.source(cite(group.source, lang, group.title));
    }
    draft.subject({ kind: 'institution', id: institution.id });
  }
  for (const slot of ctx.u.persons) {
    const person = ctx.kb.people.find((p) => p.name === slot.name);
    if (!person) continue;
    draft.line(lang === 'lv' ? `${person.name} darbojas šajās grupās:` : `${person.name} takes part in:`);
    for (const { group, as, member } of person.memberships) {
      draft.items.push({ id: group.id, title: groupName(group, lang), detail: SEAT[as][lang] });
      draft.source(cite(group.source, lang, member.raw));
    }
    draft.subject({ kind: 'person', id: person.name });
  }
  if (draft.lines.length > 0) return draft.reply(intent, lang, true);
  // "Who in subgroup 1 represents …?" names a group but no member: the group's answer finds the member.
  return ctx.u.groups.length > 0 ? answerSubject({ ...ctx, fields: ['members'] }, 'group') : notFound(ctx, intent);
}

function seatsOf(
  group: WorkingGroup,
  match: (m: NonNullable<WorkingGroup['leader']>) => boolean,
): { group: WorkingGroup; seat: Seat }[] {
  if (group.leader && match(group.leader)) return [{ group, seat: 'leader' }];
  if (group.deputy && match(group.deputy)) return [{ group, seat: 'deputy' }];
  return group.members.some(match) ? [{ group, seat: 'member' }] : [];
}
