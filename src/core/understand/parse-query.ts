/**
 * A list question's Understanding → Query: the one place that decides which items a list, count or extreme asks
 * for. Roles are read with their negations ("atbildīgā, nevis līdzatbildīgā"), an institution with the negation
 * next to it ("VM nav starp līdzatbildīgajām"), and the words for together, only, count, sum and extremes.
 */

import type { DocumentId } from '../knowledge/model.js';
import {
  COUNT,
  DUE,
  EITHER,
  ITEMS,
  MAX,
  MIN,
  NO_OTHERS,
  NOT,
  NOT_ONLY,
  ONLY,
  STARTING,
  SUM,
  TOGETHER,
} from '../lexicon/list-words.js';
import type { FollowUpWords } from '../query/follow-query.js';
import type { InstitutionFilter, PeriodFilter, Query, Role } from '../query/query.js';
import { fold } from '../text/fold.js';
import { asksForList } from './asks-for-list.js';
import { type CueSet, cueHits, foldedWords, wordMatches } from './cues.js';
import { statedConstraints } from './stated-constraints.js';
import type { Understanding } from './understanding.js';

const CO_ROLE: CueSet = { prefixes: ['lidzatbild', 'coresponsib', 'co-responsib', 'partner', 'sadarbib', 'cooperat'] };
const LEAD_ROLE: CueSet = { prefixes: ['atbild', 'responsib', 'lead'], except: ['atbildes', 'atbilde', 'lidzatbild'] };
const NEGATORS = new Set(['nevis', 'not', 'ne', 'nav', 'bez', 'without']);
/** How many words either side of an institution's name a negation reaches. */
const NEGATION_REACH = 2;

export function parseQuery(u: Understanding, contextInstitution?: string): Query {
  const folded = fold(u.text);
  const words = foldedWords(folded);
  const has = (cues: CueSet) => cueHits(words, folded, cues);
  const roles = readRoles(words);
  const institutions = institutionFilters(u, words, roles, contextInstitution);
  const funding = u.fields.includes('funding') || u.documents.includes('programme');
  // "Cik pasākumu finansē valsts programma?" counts activities; only "cik naudas" asks for money.
  const select =
    has(COUNT) && !u.fields.includes('funding')
      ? 'count'
      : funding && has(MAX)
        ? 'max'
        : funding && has(MIN)
          ? 'min'
          : sumOf(u, has);
  const query: Query = {
    documents: documentsOf(u, select),
    institutions,
    combine: has(EITHER) && !has(TOGETHER) ? 'any' : 'all',
    // "tikai līdzatbildīgā, nevis atbildīgā": "only" contrasts the roles, not the institutions.
    only: has(ONLY) && !has(NOT_ONLY) && roles.negated.length === 0 && !has(NO_OTHERS),
    noOthers: has({
      prefixes: [],
      phrases: [
        'bez lidzatbildig\\p{L}*',
        'without (?:any )?co-?responsible',
        '(?:have|has|with) no co-?responsible',
        'nav (?:neviena )?lidzatbildig\\p{L}*',
        'viena pati',
        'viens pats',
      ],
    }),
    select,
  };
  const direction = u.references.find((r) => r.kind === 'direction');
  const task = u.references.find((r) => r.kind === 'plan-task');
  if (direction) query.direction = Number(direction.id);
  if (task) query.task = task.id;
  if (u.period) query.period = periodFilter(u, has);
  if (u.statuses[0]) query.status = u.statuses[0];
  const amount = statedConstraints(u.text).find((c) => c.kind === 'amount');
  if (amount) query.amount = Number(amount.value.replace(/[^\d]/gu, ''));
  return query;
}

function sumOf(u: Understanding, has: (c: CueSet) => boolean): Query['select'] {
  const money = u.fields.includes('funding') || u.documents.includes('programme');
  return money && has(SUM) ? 'sum' : 'list';
}

/** What a follow-up to a list names of its own, for followQuery. */
export function followUpWords(u: Understanding): FollowUpWords {
  const folded = fold(u.text);
  const words = foldedWords(folded);
  const has = (cues: CueSet) => cueHits(words, folded, cues);
  const operation = has(COUNT) ? 'count' : has(SUM) ? 'sum' : has(MAX) ? 'max' : has(MIN) ? 'min' : undefined;
  return {
    documents: u.documents.some((d) => d === 'plan' || d === 'report' || d === 'programme'),
    list: asksForList(u),
    periodMeaning: has(STARTING) || has(DUE) || u.fields.includes('deadline'),
    ...(operation ? { operation } : {}),
  };
}

/**
 * Whether the question asks for a figure over a set of items — how many measures, the largest funding, what the
 * activities add up to — so that it is a list question whatever intent its other words resemble.
 */
/** The question names a kind of item ("uzdevumi", "measures"), not one item. */
export function namesItems(u: Understanding): boolean {
  const folded = fold(u.text);
  return cueHits(foldedWords(folded), folded, ITEMS);
}

export function asksForFigure(u: Understanding): boolean {
  const folded = fold(u.text);
  const words = foldedWords(folded);
  const has = (cues: CueSet) => cueHits(words, folded, cues);
  if (u.references.some((r) => r.kind !== 'direction' && r.kind !== 'plan-task')) return false;
  const money = u.fields.includes('funding') || u.documents.includes('programme');
  if (statedConstraints(u.text).some((c) => c.kind === 'amount') && (has(ITEMS) || money)) return true;
  if (money && (has(MAX) || has(MIN))) return true;
  if (money && has(SUM) && (u.institutions.length > 0 || has(ITEMS))) return true;
  return has(COUNT) && has(ITEMS) && !u.fields.includes('funding');
}

interface Roles {
  positive: Role[];
  negated: Role[];
}

/** Role words in the question, each either affirmed or negated by the word just before it. */
function readRoles(words: readonly string[]): Roles {
  const positive = new Set<Role>();
  const negated = new Set<Role>();
  words.forEach((word, i) => {
    const role: Role | undefined = wordMatches(word, CO_ROLE)
      ? 'coResponsible'
      : wordMatches(word, LEAD_ROLE)
        ? 'responsible'
        : undefined;
    if (!role) return;
    // "sadarbības partnere" is one role written in two words: read it once, at its first word.
    if (i > 0 && wordMatches(words[i - 1] as string, role === 'coResponsible' ? CO_ROLE : LEAD_ROLE)) return;
    const before = words.slice(Math.max(0, i - 3), i);
    // "nevis tikai sadarbības partnere" says more than a partner, not "not a partner": no role of its own.
    const pair = before.slice(-2).join(' ');
    if (pair === 'nevis tikai' || pair === 'not only' || pair === 'not just') return;
    (before.slice(-2).some((w) => NEGATORS.has(w)) ? negated : positive).add(role);
  });
  return { positive: [...positive], negated: [...negated].filter((r) => !positive.has(r)) };
}

function institutionFilters(
  u: Understanding,
  words: readonly string[],
  roles: Roles,
  contextInstitution: string | undefined,
): InstitutionFilter[] {
  const ids = [...new Set(u.institutions.map((i) => i.id))];
  if (ids.length === 0 && contextInstitution && u.followUp) ids.push(contextInstitution);
  const role: Role = roles.positive.length === 1 ? (roles.positive[0] as Role) : 'any';
  const filters: InstitutionFilter[] = [];
  for (const id of ids) {
    const mention = u.institutions.find((i) => i.id === id);
    const negated = mention ? negatedNear(words, mention.text) : false;
    filters.push({ id, role: negated && roles.positive.length === 0 ? 'any' : role, negated });
    // "tikai līdzatbildīgā, nevis atbildīgā": also not in the negated role.
    if (!negated && role !== 'any') {
      for (const other of roles.negated) if (other !== role) filters.push({ id, role: other, negated: true });
    }
  }
  return filters;
}

function negatedNear(words: readonly string[], mentionText: string): boolean {
  const first = foldedWords(fold(mentionText))[0];
  const at = first ? words.indexOf(first) : -1;
  if (at < 0) return false;
  const near = [...words.slice(Math.max(0, at - NEGATION_REACH), at), ...words.slice(at + 1, at + 1 + NEGATION_REACH)];
  return near.some((w) => wordMatches(w, NOT)) && !near.includes('tikai');
}

function periodFilter(u: Understanding, has: (c: CueSet) => boolean): PeriodFilter {
  const p = u.period as NonNullable<Understanding['period']>;
  const meaning =
    p.kind !== 'span' ? 'due' : has(STARTING) ? 'starting' : u.fields.includes('deadline') ? 'due' : 'active';
  return { kind: p.kind, ...(p.start ? { start: p.start } : {}), ...(p.end ? { end: p.end } : {}), meaning };
}

function documentsOf(u: Understanding, select: Query['select']): DocumentId[] {
  const named = u.documents.filter((d): d is DocumentId => d === 'plan' || d === 'report' || d === 'programme');
  if (named.length > 0) return named;
  if (select === 'max' || select === 'min' || select === 'sum') return ['programme'];
  if (u.references.some((r) => r.kind === 'direction' || r.kind === 'plan-task')) return ['plan'];
  // Plan measures carry no status of their own, only one marked from chat: "not yet done" is about the report.
  if (u.statuses.includes('ongoing')) return ['report'];
  if (u.statuses.length > 0) return ['report', 'plan'];
  return ['plan', 'report', 'programme'];
}
