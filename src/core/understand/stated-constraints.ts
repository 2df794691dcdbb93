/**
 * The years, document numbers ("Nr. 545", "No. 4.3.6.5/1/24/I/001") and amounts ("30 000 euro") a question
 * states: facts the cited answer must hold, or filters of a list.
 */
export interface Constraint {
  kind: 'year' | 'number' | 'amount' | 'term';
  /** As the question writes it. */
  value: string;
}

const YEAR = /(?<![\d.,/-])((?:19|20)\d{2})(?![\d/])/gu;
/** "Nr. 545", "nr 555", "No. 4.3.6.5/1/24/I/001" (Latvian "no" without a dot is "from"). */
const DOCUMENT_NUMBER = /(?<!\p{L})(?:[Nn][Rr]\.?|No\.)\s*(\d[\dA-Z./-]*[\dA-Z]|\d)/gu;
const AMOUNT = /(?<![\d.])(\d{1,3}(?:[ \u00a0.,]\d{3})+|\d{4,})\s*(?:euro|eur\b|€)/giu;

/** The years, document numbers and amounts the question states. */
export function statedConstraints(text: string): Constraint[] {
  const found: Constraint[] = [];
  for (const m of text.matchAll(DOCUMENT_NUMBER)) found.push({ kind: 'number', value: m[1] as string });
  for (const m of text.matchAll(AMOUNT)) found.push({ kind: 'amount', value: m[1] as string });
  const taken = found.map((c) => c.value.replace(/[ \u00a0.,]/gu, ''));
  for (const m of text.matchAll(YEAR)) {
    const year = m[1] as string;
    if (!taken.some((t) => t.includes(year))) found.push({ kind: 'year', value: year });
  }
  return found;
}
