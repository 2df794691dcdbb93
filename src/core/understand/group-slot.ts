/**
 * Working groups a question is about: by number ("8. darba grupa", "subgroup 4" — found as references), as the
 * standing group, or by their topic words ("the autism subgroup", "apakšgrupa par alternatīvo aprūpi"). Topic
 * matching runs only when the question speaks of a group at all, so that ordinary questions never land on one.
 */
import type { WorkingGroup } from '../knowledge/model.js';
import { analyze } from '../text/analyze.js';
import { type CueSet, cueHits } from './cues.js';
import type { GroupSlot } from './understanding.js';

const GROUP_WORDS: CueSet = { prefixes: ['grup', 'apaksgrup', 'group', 'subgroup', 'sub-group', 'padom', 'council'] };
const GROUP_TERMS = new Set(
  analyze('grupa grupas grupu apakšgrupa apakšgrupas darba darbs group groups subgroup working'),
);
const STANDING: CueSet = { prefixes: ['pastavig', 'standing', 'permanent'] };
/** Words that can only mean a working group; a bare "grupa" is also a support group, an age group, a target group. */
const PLAINLY_GROUP: CueSet = {
  prefixes: ['apaksgrup', 'subgroup', 'sub-group', 'padom', 'council'],
  phrases: ['darba grup\\p{L}*', 'working groups?'],
};
/** With a bare "grupa", the group's title must hold this share of the question's other words. */
const BARE_TITLE_SHARE = 0.5;

export interface GroupTopicIndex {
  groups: readonly WorkingGroup[];
  terms: Map<string, Set<string>>;
  /** Title words weigh double: a group is named by its title far more often than by its tasks. */
  titleTerms: Map<string, Set<string>>;
  idf: Map<string, number>;
}

export function groupTopicIndex(groups: readonly WorkingGroup[]): GroupTopicIndex {
  const terms = new Map<string, Set<string>>();
  const titleTerms = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const g of groups) {
    const set = new Set(analyze(`${g.title} ${g.purpose} ${g.tasks.map((t) => t.text).join(' ')}`));
    terms.set(g.id, set);
    titleTerms.set(g.id, new Set(analyze(g.title)));
    for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const idf = new Map([...df].map(([t, n]) => [t, Math.log((groups.length + 1) / n)]));
  return { groups, terms, titleTerms, idf };
}

export function speaksOfGroup(words: readonly string[], folded: string): boolean {
  return cueHits(words, folded, GROUP_WORDS);
}

export function findGroups(
  index: GroupTopicIndex,
  words: readonly string[],
  folded: string,
  queryTerms: readonly string[],
): GroupSlot[] {
  if (!speaksOfGroup(words, folded)) return [];
  if (cueHits(words, folded, STANDING)) return [{ id: 'standing', confidence: 1 }];
  // The words that say "group" name no topic: "NPAIS darba grupa" must not win every question about a group.
  const query = new Set(queryTerms.filter((t) => !GROUP_TERMS.has(t)));
  const scored = index.groups
    .map((g) => {
      const terms = index.terms.get(g.id) ?? new Set<string>();
      const title = index.titleTerms.get(g.id) ?? new Set<string>();
      const weight = (t: string) => (terms.has(t) ? (index.idf.get(t) ?? 0) * (title.has(t) ? 2 : 1) : 0);
      const score = [...query].reduce((sum, t) => sum + weight(t), 0);
      // A group is named by its title: words only its tasks share ("atbalsta centri") do not name it.
      const named = [...query].some((t) => title.has(t) && (index.idf.get(t) ?? 0) > 0);
      return { id: g.id, score: named ? score : 0 };
    })
    .filter((s) => s.score >= MIN_TOPIC_SCORE)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return [];
  if (!cueHits(words, folded, PLAINLY_GROUP) && titleShare(index, best.id, query) < BARE_TITLE_SHARE) return [];
  // Only the clear winner: a tie between two groups means the words do not single one out.
  const second = scored[1];
  if (second && second.score > best.score * 0.8) return [];
  return [{ id: best.id, confidence: Math.min(0.9, best.score / 4) }];
}

/** "atbalsta grupām vecākiem, kuri audzina bērnus ar … traucējumiem" shares one word with a group's title. */
function titleShare(index: GroupTopicIndex, id: string, query: ReadonlySet<string>): number {
  const title = index.titleTerms.get(id) ?? new Set<string>();
  return query.size === 0 ? 0 : [...query].filter((t) => title.has(t)).length / query.size;
}

/** One distinctive shared word (idf ≈ 1.6 or more, i.e. in at most two groups) is enough to name a topic. */
const MIN_TOPIC_SCORE = 1.5;
