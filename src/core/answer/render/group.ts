/** A working group in an answer: purpose, leader, deputy, members, tasks with their results and deadlines. */
import { formatPeriod } from '../../deadlines/format-period.js';
import type { Member, Period, WorkingGroup } from '../../knowledge/model.js';
import type { Field } from '../../understand/understanding.js';
import type { AnswerContext } from '../answer-context.js';
import { cite, documentTitle } from '../citations.js';
import type { Draft } from '../draft.js';
import { counted, NOUNS } from '../grammar.js';
import { fieldLabel, quote, shorten } from '../words.js';
import { matchingMembers } from './member-match.js';

const DETAILS: Field[] = ['purpose', 'leader', 'deputy', 'members', 'tasks', 'result', 'deadline'];

export function groupName(g: WorkingGroup, lang: AnswerContext['lang']): string {
  if (g.kind === 'standing')
    return lang === 'lv' ? `pastāvīgā darba grupa ${quote(g.title)}` : `the standing working group ${quote(g.title)}`;
  if (g.kind === 'subgroup')
    return lang === 'lv' ? `${g.id}. apakšgrupa ${quote(g.title)}` : `subgroup ${g.id} ${quote(g.title)}`;
  return lang === 'lv' ? `${g.id}. darba grupa ${quote(g.title)}` : `working group ${g.id} ${quote(g.title)}`;
}

export function renderGroup(g: WorkingGroup, fields: Field[], ctx: AnswerContext, draft: Draft): void {
  const { lang } = ctx;
  const name = groupName(g, lang);
  draft.line(`${name.charAt(0).toUpperCase()}${name.slice(1)} (${documentTitle(g.source, lang)}).`);
  const asked = relevant(fields);
  for (const member of matchingMembers(g, ctx)) {
    draft.line(`${ctx.lang === 'lv' ? 'Pēc jautājuma' : 'As asked'}: ${memberText(member, ctx)}`);
    draft.source(cite(g.source, lang, member.raw));
  }
  for (const field of asked) draft.line(sentence(g, field, ctx));
  for (const field of fields.map((f) => (f === 'responsible' ? 'leader' : f))) {
    if (DETAILS.includes(field) && isBlank(g, field)) draft.gap(field);
  }
  if (!asked.includes('leader') && g.leader) draft.fact(fieldLabel('leader', lang), memberText(g.leader, ctx));
  if (fields.includes('members') || asked === DETAILS) {
    draft.items.push(...g.members.map((m, i) => ({ id: `${i + 1}.`, title: memberText(m, ctx) })));
  }
  draft.source(cite(g.source, lang, quoteFor(g, asked)));
  draft.subject({ kind: 'group', id: g.id });
}

/** An asked seat or field the document leaves out ("Termiņš:….." and no task with a date, no deputy named). */
function isBlank(g: WorkingGroup, field: Field): boolean {
  if (field === 'deputy') return !g.deputy;
  if (field === 'leader') return !g.leader;
  if (field === 'purpose') return !g.purpose;
  if (field === 'result') return !g.result;
  if (field === 'deadline') return (!g.deadline || g.deadline.kind === 'unknown') && g.tasks.every((t) => !t.deadline);
  return false;
}

function relevant(fields: Field[]): Field[] {
  const own = fields
    .map((f) => (f === 'responsible' ? 'leader' : f))
    .filter((f) => DETAILS.includes(f) || f === 'indicator');
  return own.length > 0 ? [...new Set(own.map((f) => (f === 'indicator' ? 'result' : f)))] : DETAILS;
}

function sentence(g: WorkingGroup, field: Field, ctx: AnswerContext): string {
  const { lang } = ctx;
  const label = fieldLabel(field, lang);
  switch (field) {
    case 'purpose':
      return g.purpose ? `${label}: ${shorten(g.purpose, 600)}` : '';
    case 'leader':
      return g.leader ? `${label}: ${memberText(g.leader, ctx)}` : '';
    case 'deputy':
      if (g.deputy) return `${label}: ${memberText(g.deputy, ctx)}`;
      return lang === 'lv' ? 'Vadītāja vietnieks nav norādīts.' : 'No deputy leader is named.';
    case 'members':
      return lang === 'lv'
        ? `Sastāvā: ${counted(g.members.length, NOUNS.member.lv, lang)}.`
        : `Members: ${g.members.length}.`;
    case 'tasks':
      return [`${label}:`, ...g.tasks.map((t, i) => `${i + 1}) ${shorten(t.text, 300)}${taskTail(t, ctx)}`)].join('\n');
    case 'result':
      return g.result ? `${fieldLabel('result', lang)}: ${shorten(g.result, 500)}` : '';
    case 'deadline':
      return deadlineText(g, ctx);
    default:
      return '';
  }
}

function taskTail(t: WorkingGroup['tasks'][number], ctx: AnswerContext): string {
  const parts: string[] = [];
  if (t.result) parts.push(`${fieldLabel('result', ctx.lang)}: ${shorten(t.result, 300)}`);
  if (t.deadline) parts.push(`${fieldLabel('deadline', ctx.lang)}: ${periodText(t.deadline, ctx)}`);
  return parts.length > 0 ? ` — ${parts.join('; ')}` : '';
}

function deadlineText(g: WorkingGroup, ctx: AnswerContext): string {
  const label = fieldLabel('deadline', ctx.lang);
  if (g.deadline) return `${label}: ${periodText(g.deadline, ctx)}`;
  const dated = g.tasks.filter((t) => t.deadline);
  if (dated.length === 0) return `${label}: ${ctx.lang === 'lv' ? 'nav norādīts' : 'none given'}`;
  const lines = dated.map((t) => `${periodText(t.deadline as Period, ctx)} — ${shorten(t.text, 160)}`);
  const intro = ctx.lang === 'lv' ? 'Termiņi katram uzdevumam:' : 'Deadlines per task:';
  return [intro, ...lines.map((l) => `• ${l}`)].join('\n');
}

function periodText(p: Period, ctx: AnswerContext): string {
  const words = formatPeriod(p, ctx.lang);
  return `${words} (${ctx.lang === 'lv' ? 'dokumentā' : 'in the document'}: ${quote(p.raw)})`;
}

/** "Evita Zālīte-Grosa — Labklājības ministrijas parlamentārā sekretāre" or "LM (Labklājības ministrija) pārstāvis". */
export function memberText(m: Member, ctx: AnswerContext): string {
  const raw = m.raw.replace(/^[-·•\s]+/u, '').replace(/[;.\s]+$/u, '');
  if (m.person) return `${m.person} — ${raw.slice(0, raw.lastIndexOf(m.person)).replace(/[\s–-]+$/u, '')}`;
  if (m.institution?.institution && m.institution.name === raw.split(' ')[0]) {
    const rest = raw.slice(m.institution.name.length).trim();
    const name = ctx.names.party(m.institution);
    // "LM pārstāvis" in an English answer: the seat in English, the institution as the registry expands it.
    if (ctx.lang === 'en' && /^p[aā]rstāv/u.test(rest)) return `a representative of ${name}`;
    return rest ? `${name} ${rest}` : name;
  }
  return raw;
}

function quoteFor(g: WorkingGroup, asked: Field[]): string {
  const first = asked[0];
  if (first === 'leader' && g.leader) return g.leader.raw;
  if (first === 'deputy' && g.deputy) return g.deputy.raw;
  if (first === 'deadline')
    return g.deadline?.raw ?? g.tasks.flatMap((t) => (t.deadline ? [t.deadline.raw] : [])).join('; ');
  if (first === 'result' && g.result) return g.result;
  return g.purpose || g.title;
}
