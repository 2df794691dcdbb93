/**
 * Bounded edit distance for typos: "responsable" ≈ "responsible", "mesure" ≈ "measure". Insertions, deletions,
 * substitutions and swaps of two neighbouring characters each cost 1 (optimal string alignment, the same edits
 * lunr's fuzzy matching allows). Compares code points, so a letter outside the BMP counts once.
 */

/**
 * The distance between `a` and `b` if it is at most `max`, otherwise `max + 1`. Only a band of width 2·max + 1
 * around the diagonal is computed and the work stops as soon as a whole row exceeds `max`, so the cost is
 * O(min(|a|, |b|) · max) whatever the strings.
 */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  const limit = Math.max(0, Math.floor(max));
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  if (s.length === 0 || t.length === 0) return Math.max(s.length, t.length);
  const over = limit + 1;
  // Three rows, rotated: cells right of the band were never written and still read `over`, the cell left of it is
  // reset each row, so no row is ever cleared whole.
  let before = new Array<number>(t.length + 1).fill(over);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => (j <= limit ? j : over));
  let current = new Array<number>(t.length + 1).fill(over);
  for (let i = 1; i <= s.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(t.length, i + limit);
    current[from - 1] = from === 1 && i <= limit ? i : over;
    let rowMin = at(current, from - 1);
    for (let j = from; j <= to; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(previous, j) + 1, at(current, j - 1) + 1, at(previous, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, at(before, j - 2) + 1);
      current[j] = Math.min(best, over);
      rowMin = Math.min(rowMin, at(current, j));
    }
    if (rowMin > limit) return over;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(at(previous, t.length), over);
}

/** True when the two words are at most `max` edits apart. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b) return max >= 0;
  if (max === 1) {
    const one = withinOneEdit(a, b);
    if (one !== undefined) return one;
  }
  return damerauLevenshtein(a, b, max) <= max;
}

/**
 * The one-edit case, which typo matching asks millions of times, without allocating: the strings agree up to
 * their first difference and after their last, and what lies between must be one edit. Undefined when a
 * surrogate is involved (code points then differ from code units): the general path decides.
 */
function withinOneEdit(a: string, b: string): boolean | undefined {
  if (hasSurrogate(a) || hasSurrogate(b)) return undefined;
  const long = a.length >= b.length ? a : b;
  const short = long === a ? b : a;
  const extra = long.length - short.length;
  if (extra > 1) return false;
  let head = 0;
  while (head < short.length && long.charCodeAt(head) === short.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < short.length - head &&
    long.charCodeAt(long.length - 1 - tail) === short.charCodeAt(short.length - 1 - tail)
  )
    tail++;
  const differing = short.length - head - tail;
  if (extra === 1) return differing === 0;
  if (differing <= 1) return true;
  return (
    differing === 2 &&
    long.charCodeAt(head) === short.charCodeAt(head + 1) &&
    long.charCodeAt(head + 1) === short.charCodeAt(head)
  );
}

function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

function at(row: readonly number[], j: number): number {
  return row[j] ?? Number.POSITIVE_INFINITY;
}
