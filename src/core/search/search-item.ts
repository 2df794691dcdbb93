/** What the search module indexes and returns. Nothing here mentions lunr: callers never see it. */
import { z } from 'zod';
import { SourceSchema } from '../knowledge/model.js';

export const SearchItemKindSchema = z.enum([
  'measure',
  'plan-task',
  'direction',
  'report-task',
  'activity',
  'group',
  'member',
  'abbreviation',
  'institution',
  'unit',
  'contact',
  'passage',
]);
export type SearchItemKind = z.infer<typeof SearchItemKindSchema>;

export const SearchItemSchema = z.object({
  /** Unique within an index; ties in score are broken by it, so results are stable. */
  id: z.string().min(1),
  kind: SearchItemKindSchema,
  /** Weighted above the body: a measure's name, an institution's name. */
  title: z.string(),
  body: z.string(),
  /** Ids, abbreviations, phone numbers, e-mails that must match exactly (not stemmed), weighted highest. */
  exact: z.array(z.string()),
  source: SourceSchema,
});
export type SearchItem = z.infer<typeof SearchItemSchema>;

export interface SearchQuery {
  /** The user's words, any language, any characters: it is analysed here, never parsed as lunr syntax. */
  text: string;
  /** Terms already in index form (e.g. Latvian stems from an English glossary), with an optional boost. */
  extraTerms?: { term: string; boost?: number }[];
  /** Only items of these kinds; all kinds when absent or empty. */
  kinds?: SearchItemKind[];
  /** At most this many hits (default 10). */
  limit?: number;
}

export interface Hit {
  item: SearchItem;
  score: number;
  /**
   * The query terms (as `queryTerms` returns them) this item contains, exactly or as a near spelling; with
   * `queryTerms(query).length` the caller can judge how much of the question the item covers.
   */
  matchedTerms: string[];
}
