/**
 * A matching copy of a text: lower case, diacritics dropped, every kind of space a plain space and every dash a
 * hyphen, so that "2024.gada 2.pusgads", "2024 gada 2 pusgads" and "pusgadā" / "pusgada" meet the same patterns.
 * A run of spaces becomes one space, which also keeps the patterns' optional spaces from backtracking over long runs.
 * Each folded character remembers the span of the original it came from, so that matches can be cut out of the
 * original text when the note is built.
 */

export interface Folded {
  text: string;
  /** For each folded character, where its source character starts and ends in the original. */
  from: number[];
  to: number[];
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/u;
const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;
const MARK = /\p{M}/gu;

export function fold(original: string): Folded {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  let afterSpace = false;
  for (const ch of original) {
    const next = at + ch.length;
    const f = foldChar(ch);
    if ((f === ' ' && afterSpace) || f === '') {
      // A dropped mark or a repeated space belongs to the character before it, so that cuts keep them together.
      if (to.length > 0) to[to.length - 1] = next;
    } else {
      out.push(f);
      // Indexed by UTF-16 unit, as regular expression matches are.
      for (let k = 0; k < f.length; k += 1) {
        from.push(at);
        to.push(next);
      }
      afterSpace = f === ' ';
    }
    at = next;
  }
  return { text: out.join(''), from, to };
}

function foldChar(ch: string): string {
  if (SPACE.test(ch)) return ' ';
  if (DASH.test(ch)) return '-';
  if (ch === '\u2026') return '...';
  // Lower-casing can bring marks back ("İ" → "i̇"), so marks are dropped on both sides of it.
  return ch.normalize('NFD').replace(MARK, '').toLowerCase().normalize('NFD').replace(MARK, '');
}

/** The original span behind the folded span [start, end). */
export function originalSpan(folded: Folded, [start, end]: readonly [number, number]): [number, number] {
  if (end <= start) {
    const at = folded.from[start] ?? folded.to[folded.to.length - 1] ?? 0;
    return [at, at];
  }
  return [folded.from[start] ?? 0, folded.to[end - 1] ?? 0];
}

/** The original text behind a folded span. */
export function originalText(original: string, folded: Folded, span: readonly [number, number]): string {
  const [start, end] = originalSpan(folded, span);
  return original.slice(start, end);
}
