/**
 * A follow-up to a list that changes one thing ("Un IZM?", "un 2025. gadā?", "cik to ir?", "what do they add up
 * to?"): the previous Query with the parts the new message names put in place of the old ones. What the message
 * does not name carries over, so "Un IZM?" after "Cik pasākumu LM jāizpilda 2024. gadā?" still counts 2024's.
 */
import type { Query } from './query.js';

/** What the follow-up itself names, beside the Query parsed from its words alone. */
export interface FollowUpWords {
  /** The message names a document ("un ziņojumā?"). */
  documents: boolean;
  /** The message asks for the items themselves ("kuri tie ir?", "list them"). */
  list: boolean;
  /** The operation its words ask for, whether or not they name money: "what do they add up to?". */
  operation?: 'count' | 'sum' | 'max' | 'min';
  /** The message says what its period means ("jāizpilda", "sākas"); without it the previous meaning holds. */
  periodMeaning: boolean;
}

export function followQuery(previous: Query, next: Query, words: FollowUpWords): Query {
  const institutions = next.institutions.length > 0 ? next : previous;
  const documents = words.documents ? next.documents : previous.documents;
  const merged: Query = {
    documents,
    institutions: institutions.institutions,
    combine: institutions.combine,
    only: institutions.only,
    noOthers: institutions.noOthers || (next.institutions.length === 0 && next.noOthers),
    select: selectOf(previous, next, words, documents),
  };
  const direction = next.direction ?? (next.task === undefined ? previous.direction : undefined);
  const task = next.task ?? (next.direction === undefined ? previous.task : undefined);
  const period =
    next.period && previous.period && !words.periodMeaning
      ? { ...next.period, meaning: previous.period.meaning }
      : (next.period ?? previous.period);
  const status = next.status ?? previous.status;
  const amount = next.amount ?? previous.amount;
  if (direction !== undefined) merged.direction = direction;
  if (task !== undefined) merged.task = task;
  if (period) merged.period = period;
  if (status) merged.status = status;
  if (amount !== undefined) merged.amount = amount;
  return merged;
}

/** Sums and extremes are of money, which only the programme's activities carry. */
function selectOf(previous: Query, next: Query, words: FollowUpWords, documents: Query['documents']): Query['select'] {
  if (next.select !== 'list') return next.select;
  const money = documents.length === 1 && documents[0] === 'programme';
  if (words.operation === 'count') return 'count';
  if (words.operation && money) return words.operation;
  if (words.list) return 'list';
  return previous.select;
}

/** Whether a follow-up says anything a Query holds: otherwise it is not about the list at all. */
export function changesQuery(next: Query, words: FollowUpWords): boolean {
  return (
    words.documents ||
    words.operation !== undefined ||
    next.institutions.length > 0 ||
    next.direction !== undefined ||
    next.task !== undefined ||
    next.period !== undefined ||
    next.status !== undefined ||
    next.amount !== undefined ||
    next.select !== 'list'
  );
}
