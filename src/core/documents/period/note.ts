/**
 * The note of a period: the original text left over once the dates, their markers and the label are cut out,
 * e.g. "esošā ESF projekta ietvaros" from "No 2022.gada 1.pusgada līdz 2023. gada 2.pusgadam (esošā ESF projekta
 * ietvaros)". The pieces keep their original spelling; only whitespace, brackets and punctuation at their edges go.
 */
import type { Span } from './markers.js';

/** The original text outside the (original-text) spans, cleaned, pieces joined with " … "; undefined when empty. */
export function noteOutside(original: string, spans: readonly Span[]): string | undefined {
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start > at) pieces.push(original.slice(at, start));
    at = Math.max(at, end);
  }
  pieces.push(original.slice(at));
  const kept = pieces.map(cleanPiece).filter((p) => p !== '');
  return kept.length > 0 ? kept.join(' … ') : undefined;
}

const EDGE_START = /^[\s.,;:\-–—)\]…]+/u;
const EDGE_END = /[\s.,;:\-–—([…]+$/u;

/** Collapses whitespace and strips edge punctuation and brackets that lost their partner to the cut. */
export function cleanPiece(piece: string): string {
  let text = piece.replace(/\s+/gu, ' ');
  for (;;) {
    const before = text;
    text = text.replace(EDGE_START, '').replace(EDGE_END, '');
    if (wrappedInBrackets(text)) text = text.slice(1, -1);
    if (text.startsWith('(') && !text.includes(')')) text = text.slice(1);
    if (text.endsWith(')') && !text.includes('(')) text = text.slice(0, -1);
    if (text === before) return text;
  }
}

/** True for "(…)" where the first bracket closes at the very end, not for "(a) b (c)". */
function wrappedInBrackets(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    if (text[i] === ')') depth -= 1;
    if (depth === 0) return i === text.length - 1;
  }
  return false;
}

const EXCERPT_LENGTH = 60;

/** A short, single-line quotation of the text for a problem message. */
export function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/gu, ' ').trim()];
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : chars.join('');
}
