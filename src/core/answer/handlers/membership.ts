/**
 * Which working groups an institution, a person or a body sits in, and in what seat. Bodies the registry does not
 * know ("Centrs Dardedze", "Papardes zieds") are found in the member lines by their words; "Kurās grupās viņa
 * darbojas?" takes its person or institution from the conversation.
 */
import type { Person } from '../../knowledge/knowledge-base.js';
import type { Institution, Member, WorkingGroup } from '../../knowledge/model.js';
import type { AnswerContext } from '../answer-context.js';
import { cite } from '../citations.js';
import { Draft } from '../draft.js';
import { counted, NOUNS } from '../grammar.js';
import { groupName, memberText } from '../render/group.js';
import { matchingMembers } from '../render/member-match.js';
import type { Reply } from '../reply.js';
import { answerSearch } from './search.js';
import { answerSubject } from './subject.js';

type Seat = 'leader' | 'deputy' | 'member';
const SEAT = {
  leader: { lv: 'vada', en: 'leads' },
  deputy: { lv: 'vadītāja vietnieks', en: 'deputy leader' },
  member: { lv: 'sastāvā', en: 'member' },
};

export function answerMembership(ctx: AnswerContext, intent: string): Reply {
  const draft = new Draft();
  const { institutions, persons } = slots(ctx);
  for (const institution of institutions.slice(0, 2)) institutionSeats(institution, ctx, draft);
  for (const person of persons) personSeats(person, ctx, draft);
  if (draft.lines.length > 0) return draft.reply(intent, ctx.lang, true);
  // "Who in subgroup 1 represents …?" names a group but no member: the group's answer finds the member.
  if (ctx.u.groups.length > 0) {
    // "Kāds ir apakšgrupas … termiņš?" asks the group's deadline, not who is in it.
    const asked = ctx.fields.filter((f) => f !== 'members');
    return answerSubject({ ...ctx, fields: asked.length > 0 ? asked : ['members'] }, 'group');
  }
  return bodySeats(ctx, draft) ? draft.reply(intent, ctx.lang, true) : answerSearch(ctx, 'search');
}

function slots(ctx: AnswerContext): { institutions: Institution[]; persons: Person[] } {
  const institutions = ctx.u.institutions.flatMap((s) => ctx.kb.registry.get(s.id) ?? []);
  const persons = ctx.u.persons.flatMap((s) => ctx.kb.people.find((p) => p.name === s.name) ?? []);
  if (institutions.length + persons.length > 0 || !ctx.u.followUp || !ctx.previous) return { institutions, persons };
  const last = ctx.previous.subjects;
  return {
    institutions: last.flatMap((s) => (s.kind === 'institution' ? (ctx.kb.registry.get(s.id) ?? []) : [])),
    persons: last.flatMap((s) => (s.kind === 'person' ? (ctx.kb.people.find((p) => p.name === s.id) ?? []) : [])),
  };
}

function institutionSeats(institution: Institution, ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const seats = ctx.kb.knowledge.groups.flatMap((g) =>
    seatsOf(g, (m) => m.institution?.institution === institution.id),
  );
  const name = ctx.names.institution(institution);
  if (seats.length === 0) {
    draft.line(
      lang === 'lv'
        ? `Nevienas darba grupas sastāvā nav minēta institūcija ${name}.`
        : `${name} is not named in any working group.`,
    );
    return;
  }
  const groups = counted(seats.length, NOUNS.group[lang], lang);
  draft.line(lang === 'lv' ? `${name} ir ${groups}:` : `${name} sits in ${groups}:`);
  for (const { group, seat } of seats) {
    draft.items.push({
      id: '',
      title: groupName(group, lang),
      detail: SEAT[seat][lang],
    });
    draft.source(cite(group.source, lang, group.title));
  }
  draft.subject({ kind: 'institution', id: institution.id });
}

function personSeats(person: Person, ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  draft.line(lang === 'lv' ? `${person.name} darbojas šajās grupās:` : `${person.name} takes part in:`);
  for (const { group, as, member } of person.memberships) {
    // The group's name carries its number; the seat says what the person represents there.
    const role = member.raw.replace(/^[-·•\s]+/u, '').replace(/[;.\s]+$/u, '');
    draft.items.push({ id: '', title: groupName(group, lang), detail: `${SEAT[as][lang]}: ${role}` });
    draft.source(cite(group.source, lang, member.raw));
  }
  draft.subject({ kind: 'person', id: person.name });
}

/** Member lines that name the body the question names, across all groups. */
function bodySeats(ctx: AnswerContext, draft: Draft): boolean {
  const { lang } = ctx;
  const found = ctx.kb.knowledge.groups.flatMap((group) =>
    matchingMembers(group, ctx).map((member) => ({ group, member })),
  );
  if (found.length === 0) return false;
  draft.line(lang === 'lv' ? 'Darba grupu sastāvā tas ir minēts šeit:' : 'The working groups name it here:');
  for (const { group, member } of found) {
    draft.items.push({
      id: '',
      title: groupName(group, lang),
      detail: memberText(member, ctx),
    });
    draft.source(cite(group.source, lang, member.raw));
  }
  return true;
}

function seatsOf(group: WorkingGroup, match: (m: Member) => boolean): { group: WorkingGroup; seat: Seat }[] {
  if (group.leader && match(group.leader)) return [{ group, seat: 'leader' }];
  if (group.deputy && match(group.deputy)) return [{ group, seat: 'deputy' }];
  return group.members.some(match) ? [{ group, seat: 'member' }] : [];
}
