/**
 * Table header words (curated in knowledge/curated/table-headers.json) → the field each column holds. Words are
 * folded; a header phrase matches where each of its words starts a word of the header cell in a row (short words
 * of three letters or fewer must match whole, so "no" is not "norises"). The longest phrase wins.
 */
import { z } from 'zod';
import { fold } from '../../text/fold.js';

export const FIELDS = [
  'number',
  'measure',
  'responsible',
  'coResponsible',
  'deadline',
  'result',
  'indicator',
  'status',
  'funding',
] as const;
export const FieldSchema = z.enum(FIELDS);
export type Field = z.infer<typeof FieldSchema>;

export const NOUNS = ['measure', 'task', 'activity'] as const;
export type ItemNoun = (typeof NOUNS)[number] | 'item';

const Words = z.object({ lv: z.array(z.string().min(1)), en: z.array(z.string().min(1)) });

export const TableHeadersSchema = z.object({
  why: z.string().min(1),
  fields: z.record(FieldSchema, Words),
  nouns: z.record(z.enum(NOUNS), z.array(z.string().min(1))),
});
export type TableHeaders = z.infer<typeof TableHeadersSchema>;

function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}#]+/gu) ?? [];
}

/** How well a phrase names a header cell: the letters it matched, or 0. */
function score(cellWords: string[], phrase: string): number {
  const want = words(phrase);
  if (want.length === 0) return 0;
  for (let i = 0; i + want.length <= cellWords.length; i++) {
    const hit = want.every((w, j) => {
      const got = cellWords[i + j] as string;
      return w.length <= 3 ? got === w : got.startsWith(w);
    });
    if (hit) return want.reduce((n, w) => n + w.length, 0);
  }
  return 0;
}

/** The field a header cell names, if any. */
export function fieldOf(header: string, headers: TableHeaders): Field | undefined {
  const cellWords = words(header);
  let best: { field: Field; score: number } | undefined;
  for (const field of FIELDS) {
    const entry = headers.fields[field];
    for (const phrase of entry ? [...entry.lv, ...entry.en] : []) {
      const s = score(cellWords, phrase);
      if (s > (best?.score ?? 0)) best = { field, score: s };
    }
  }
  return best?.field;
}

/** Fields for a header row: each field at most once, the first column that names it. */
export function columnFields(cells: string[], headers: TableHeaders): (Field | undefined)[] {
  const taken = new Set<Field>();
  return cells.map((cell) => {
    const field = fieldOf(cell, headers);
    if (!field || taken.has(field)) return undefined;
    taken.add(field);
    return field;
  });
}

/** What the measure column's header calls an item ("Pasākums" → measure), for citations. */
export function nounOf(header: string | undefined, headers: TableHeaders): ItemNoun {
  if (!header) return 'item';
  const cellWords = words(header);
  for (const noun of NOUNS) {
    if ((headers.nouns[noun] ?? []).some((phrase) => score(cellWords, phrase) > 0)) return noun;
  }
  return 'item';
}
