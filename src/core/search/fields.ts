/** The fields an item is indexed under, and how much a match in each counts. */
export const FIELDS = ['exact', 'title', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** Exact terms (ids, abbreviations, phones) decide most; a title says more about an item than its body. */
export const FIELD_BOOSTS: Readonly<Record<Field, number>> = { exact: 10, title: 3, body: 1 };

export const FIELD_NUMBER: Readonly<Record<Field, number>> = { exact: 0, title: 1, body: 2 };
