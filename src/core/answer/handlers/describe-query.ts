/** A Query in words, for the first line of a list: "kuros LM un IZM ir atbildīgās, 2. rīcības virzienā". */
import { formatPeriod } from '../../deadlines/format-period.js';
import type { Period } from '../../knowledge/model.js';
import type { InstitutionFilter, PeriodFilter, Query, Role } from '../../query/query.js';
import { OPEN_END, OPEN_START } from '../../understand/period-slot.js';
import type { AnswerContext } from '../answer-context.js';
import { formatAmount } from '../words.js';

const ROLE_WORDS: Record<Role, { lv: [string, string]; en: string }> = {
  responsible: { lv: ['atbildīgā', 'atbildīgās'], en: 'responsible' },
  coResponsible: { lv: ['līdzatbildīgā', 'līdzatbildīgās'], en: 'co-responsible' },
  any: { lv: ['iesaistīta', 'iesaistītas'], en: 'involved' },
};

export function describeQuery(q: Query, ctx: AnswerContext): string {
  const { lang } = ctx;
  const bits: string[] = [];
  const positive = q.institutions.filter((f) => !f.negated);
  const negative = q.institutions.filter((f) => f.negated);
  if (positive.length > 0) bits.push(institutionWords(positive, q, ctx));
  for (const f of negative) {
    const role = ROLE_WORDS[f.role];
    bits.push(lang === 'lv' ? `${name(f, ctx)} nav ${role.lv[0]}` : `${name(f, ctx)} not ${role.en}`);
  }
  if (q.noOthers) bits.push(lang === 'lv' ? 'bez līdzatbildīgajām institūcijām' : 'with no co-responsible institution');
  if (q.direction !== undefined)
    bits.push(lang === 'lv' ? `${q.direction}. rīcības virzienā` : `in action direction ${q.direction}`);
  if (q.task) bits.push(lang === 'lv' ? `${q.task}. uzdevumā` : `under task ${q.task}`);
  if (q.period) bits.push(periodWords(q.period, ctx));
  if (q.amount !== undefined)
    bits.push(
      lang === 'lv'
        ? `ar finansējumu ${formatAmount(q.amount, lang)} euro`
        : `funded with ${formatAmount(q.amount, lang)} euro`,
    );
  if (q.status) bits.push(lang === 'lv' ? (q.status === 'done' ? 'izpildīti' : 'izpilde turpinās') : q.status);
  if (bits.length === 0) bits.push(documentWords(q, lang));
  return bits.join(', ');
}

const DOCUMENT_WORDS: Record<string, { lv: string; en: string }> = {
  plan: { lv: 'plānā 2022–2025', en: 'in the plan 2022–2025' },
  report: { lv: 'ziņojumā par vardarbību izglītības iestādēs', en: 'in the report on violence in schools' },
  programme: { lv: 'valsts programmā 2026', en: 'in the state programme 2026' },
};

function documentWords(q: Query, lang: AnswerContext['lang']): string {
  const named = q.documents.flatMap((d) => (DOCUMENT_WORDS[d] ? [DOCUMENT_WORDS[d][lang]] : []));
  if (named.length === 1) return named[0] as string;
  return lang === 'lv' ? 'plānā, ziņojumā un valsts programmā' : 'in the plan, the report and the state programme';
}

function institutionWords(list: InstitutionFilter[], q: Query, ctx: AnswerContext): string {
  const { lang } = ctx;
  const names = list.map((f) => name(f, ctx));
  const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${joiner(q, lang)} ${names.at(-1)}`;
  const role = ROLE_WORDS[list[0]?.role ?? 'any'];
  const plural = names.length > 1 && q.combine === 'all';
  const only = q.only ? (lang === 'lv' ? 'tikai ' : 'only ') : '';
  if (lang === 'lv') return `kuros ${only}${joined} ir ${role.lv[plural ? 1 : 0]}`;
  return `where ${only}${joined} ${plural ? 'are' : 'is'} ${role.en}`;
}

function joiner(q: Query, lang: AnswerContext['lang']): string {
  if (q.combine === 'any') return lang === 'lv' ? 'vai' : 'or';
  return lang === 'lv' ? 'un' : 'and';
}

function name(f: InstitutionFilter, ctx: AnswerContext): string {
  const institution = ctx.kb.registry.get(f.id);
  return institution ? ctx.names.institution(institution) : f.id;
}

function periodWords(p: PeriodFilter, ctx: AnswerContext): string {
  const { lang } = ctx;
  if (p.kind === 'overdue')
    return lang === 'lv'
      ? `termiņš pagājis (šodien ${ctx.today}), izpilde nav atzīmēta`
      : `past their deadline (today is ${ctx.today}) and not marked done`;
  const span = formatPeriod(displayed(p), lang);
  if (p.kind === 'upcoming') return lang === 'lv' ? `termiņš tuvākajā laikā (${span})` : `due soon (${span})`;
  if (p.meaning === 'due') return lang === 'lv' ? `termiņš ${span}` : `with a deadline ${span}`;
  if (p.meaning === 'starting') return lang === 'lv' ? `kas sākas ${span}` : `starting ${span}`;
  return lang === 'lv' ? `kas norisinās ${span}` : `under way ${span}`;
}

/** An open span reads "no 2026. gada 1. janvāra" / "līdz 2023. gada 31. decembrim", not a range to year 9999. */
function displayed(p: PeriodFilter): Period {
  if (p.end === OPEN_END) return { kind: 'from', start: p.start, unit: 'day', raw: '' };
  if (p.start === OPEN_START) return { kind: 'due', end: p.end, unit: 'day', raw: '' };
  return { kind: 'range', start: p.start, end: p.end, unit: 'day', raw: '' };
}
