/**
 * Members of a group the question points at by their organisation or role ("kas pārstāv biedrību “Latvijas
 * Autisma apvienība”", "the representative of the police"): members whose line shares at least two of the
 * question's words that are not in the group's own title, weighted by how rare each word is among the members.
 */
import type { Member, WorkingGroup } from '../../knowledge/model.js';
import { analyze } from '../../text/analyze.js';
import type { AnswerContext } from '../answer-context.js';

/** Members within this share of the best match are shown too (two people from one body, say). */
const NEAR_BEST = 0.8;
/** Words that ask about a seat rather than name one ("pārstāv", "vada", "amats"): they must not pick members. */
const SEAT_WORDS = new Set(
  analyze('pārstāv pārstāvis pārstāve vada vadītājs amats loceklis sastāvs represents representative member role'),
);

/**
 * Analyses kept per object: a member's line and a group's title do not change while the knowledge is answered
 * from, and one question is matched against every group's members.
 */
const memberLines = new WeakMap<Member, ReadonlySet<string>>();
const titles = new WeakMap<WorkingGroup, ReadonlySet<string>>();
const questions = new WeakMap<AnswerContext['u'], readonly string[]>();

function remembered<K extends object, V>(memo: WeakMap<K, V>, key: K, make: () => V): V {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = make();
  memo.set(key, value);
  return value;
}

export function matchingMembers(group: WorkingGroup, ctx: AnswerContext): Member[] {
  const titleTerms = remembered(titles, group, () => new Set(analyze(`${group.title} apakšgrupa grupa darba`)));
  const asked = remembered(questions, ctx.u, () => [
    ...analyze(ctx.u.text),
    ...ctx.u.searchTerms.filter((t) => t.source).map((t) => t.term),
  ]);
  const question = new Set(asked.filter((t) => !titleTerms.has(t) && !SEAT_WORDS.has(t)));
  const members = [group.leader, group.deputy, ...group.members].filter((m): m is Member => m !== undefined);
  if (question.size === 0 || members.length === 0) return [];
  const lines = members.map((member) => ({
    member,
    terms: remembered(memberLines, member, () => new Set(analyze(member.raw))),
  }));
  const df = new Map<string, number>();
  for (const l of lines) for (const t of l.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log((lines.length + 1) / (df.get(t) ?? 1));
  const scored = lines
    .map(({ member, terms }) => {
      const shared = [...terms].filter((t) => question.has(t));
      return { member, shared: shared.length, score: shared.reduce((s, t) => s + idf(t), 0) };
    })
    .filter((s) => s.shared >= 2);
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored.filter((s) => s.score >= best * NEAR_BEST).map((s) => s.member);
}
