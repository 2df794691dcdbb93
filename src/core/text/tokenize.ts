/**
 * Text → tokens that keep ids (4.4.5), project numbers, e-mails, URLs, phones and abbreviations whole, and split
 * the rest into numbers and words. The text is cut into chunks at whitespace and hard punctuation first; a chunk
 * that is one recognisable thing becomes one token, any other chunk is scanned for ids, numbers and words.
 * Every step looks at each character a bounded number of times, so the whole is linear and never throws.
 *
 * Numbers written with a thousands space ("1 200") stay two number tokens: the same spacing separates list items
 * and years in the documents, and amounts are never looked up exactly. The one exception is the 2-3-3 grouping of
 * an 8-digit phone number (see merge-tokens.ts).
 */
import { classifyChunk, hostSpan, isAbbreviation } from './classify-chunk.js';
import { fold } from './fold.js';
import { mergeTokens } from './merge-tokens.js';
import { makeToken, type Token, type TokenKind } from './token.js';

/** Whitespace and brackets, quotes, commas, semicolons end a chunk; ':' only outside "://", ',' only off digits. */
const CHUNK = /(?:[^\s,;:()[\]{}<>|"“”„«»‘’]|:(?=\/\/)|(?<=\d),(?=\d))+/gu;
/** Characters that may begin a chunk's core ('+' for "+371"). */
const CORE_START = /^[^\p{L}\p{N}\p{M}+]+/u;
/** Characters that may end a chunk's core ('+' for "ESF+", '/' for URLs). */
const CORE_END = /[\p{L}\p{N}\p{M}+/]/u;

const LETTER = '[\\p{L}\\p{M}\\u00ad\\u200b-\\u200d\\u2060]';
/** Inside a chunk: a dotted id (its trailing dot ignored), a number, or a word with hyphenated parts. */
const PIECE = new RegExp(`(\\d+(?:\\.\\d+)+)|(\\d+)|(${LETTER}+(?:[-\\u2010\\u2011]${LETTER}+)*)`, 'gu');
const HYPHEN = /[-\u2010\u2011]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const start = chunk.index + (CORE_START.exec(chunk[0])?.[0].length ?? 0);
    const end = chunk.index + coreEnd(chunk[0]);
    if (end > start) tokenizeCore(text, start, end, tokens);
  }
  return mergeTokens(text, tokens);
}

/** Trims from the right by hand: an end-anchored regex would rescan long punctuation runs quadratically. */
function coreEnd(chunk: string): number {
  let end = chunk.length;
  while (end > 0) {
    // A letter outside the BMP is a surrogate pair; test it whole so that it is kept whole.
    const width = end >= 2 && isSurrogatePair(chunk.charCodeAt(end - 2), chunk.charCodeAt(end - 1)) ? 2 : 1;
    if (CORE_END.test(chunk.slice(end - width, end))) break;
    end -= width;
  }
  return end;
}

function isSurrogatePair(high: number, low: number): boolean {
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** A chunk's tokens with offsets into the chunk: the same few thousand words make up every document. */
interface Piece {
  start: number;
  end: number;
  kind: TokenKind;
  norm: string;
}

/** Bounded, so a stream of new text (pasted noise, a growing corpus) cannot grow it without end. */
const CORE_MEMO_SIZE = 50_000;
const coreMemo = new Map<string, readonly Piece[]>();

function tokenizeCore(text: string, start: number, end: number, out: Token[]): void {
  const core = text.slice(start, end);
  let pieces = coreMemo.get(core);
  if (!pieces) {
    if (coreMemo.size >= CORE_MEMO_SIZE) coreMemo.clear();
    const found: Token[] = [];
    coreTokens(core, found);
    pieces = found.map((t) => ({ start: t.start, end: t.end, kind: t.kind, norm: t.norm }));
    coreMemo.set(core, pieces);
  }
  for (const p of pieces) out.push(makeToken(text, start + p.start, start + p.end, p.kind, p.norm));
}

/** The tokens of one chunk's core, with offsets into the core: they depend on the core alone. */
function coreTokens(core: string, out: Token[]): void {
  const whole = classifyChunk(core);
  if (!whole) {
    scanPieces(core, 0, core, out);
    return;
  }
  out.push(makeToken(core, 0, core.length, whole.kind, whole.norm));
  if (whole.kind === 'url') pushHost(core, 0, core, whole.norm, out);
}

/** A URL with a path also yields its host, so that "bac.gov.lv" finds "https://www.bac.gov.lv/lv". */
function pushHost(text: string, start: number, url: string, urlNorm: string, out: Token[]): void {
  const span = hostSpan(url);
  const host = fold(url.slice(span.start, span.end));
  if (host && host !== urlNorm) out.push(makeToken(text, start + span.start, start + span.end, 'url', host));
}

function scanPieces(text: string, offset: number, core: string, out: Token[]): void {
  for (const piece of core.matchAll(PIECE)) {
    const start = offset + piece.index;
    const end = start + piece[0].length;
    if (piece[1] !== undefined) out.push(makeToken(text, start, end, 'id', piece[1]));
    else if (piece[2] !== undefined) out.push(makeToken(text, start, end, 'number', piece[2]));
    else pushWord(text, start, piece[0], out);
  }
}

/** A hyphenated word ("Zālīte-Grosa") is a token itself, followed by each of its parts. */
function pushWord(text: string, start: number, word: string, out: Token[]): void {
  const parts = word.split(HYPHEN);
  const kind = parts.every(isAbbreviation) ? 'abbr' : 'word';
  out.push(makeToken(text, start, start + word.length, kind, fold(word)));
  if (parts.length < 2) return;
  let at = start;
  for (const part of parts) {
    out.push(makeToken(text, at, at + part.length, isAbbreviation(part) ? 'abbr' : 'word', fold(part)));
    at += part.length + 1;
  }
}
