/**
 * Recognises a whole chunk (text between separators, punctuation trimmed) that must stay one token: an e-mail
 * address, a URL or bare host, a project number, a dotted id, a phone number, a number or an abbreviation.
 * Every pattern is anchored and has no ambiguous repetition, so each runs in time linear in the chunk.
 */
import { fold } from './fold.js';
import type { TokenKind } from './token.js';

export interface ChunkClass {
  kind: TokenKind;
  norm: string;
}

const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
const URL_START = /^(?:https?:\/\/|www\.)[^\s*]+$/iu;
/** Hosts under the top-level domains the documents and their readers use; a wider list catches "t.sk"-like text. */
const BARE_HOST = /^(?:[\p{L}\p{N}-]+\.)+(?:lv|eu|com|org|net|int|gov|edu|info|lt|ee)(?:\/[^\s*]*)?$/iu;
/** ESF+ project numbers such as 4.3.6.5/1/24/I/001. */
const PROJECT_NUMBER = /^\d+(?:\.\d+)+(?:\/[\p{L}\p{N}]+){2,}$/u;
/** Measure, task and activity numbers (4.4.5, 1.2); dates written 31.12.2024 land here too and match exactly. */
const DOTTED_ID = /^\d+(?:\.\d+)+$/u;
const INTERNATIONAL_PHONE = /^\+\d{8,15}$/u;
/** An 8-digit Latvian number (mobile 2…, landline 6…, free 8…) or an EU harmonised 116xxx line. */
const LOCAL_PHONE = /^(?:[268]\d{7}|116\d{3})$/u;
/** "+3", "2024", "1,5": a sign is kept in the text but not in the norm, so "+316" matches "316". */
const NUMBER = /^\+?(\d+(?:,\d+)?)$/u;
const ABBREVIATION_SHAPE = /^\p{L}[\p{L}\p{M}\p{N}]*\+?$/u;
const SCHEME_AND_WWW = /^(?:[a-z]+:\/\/)?(?:www\.)?/iu;
const UPPER = /^\p{Lu}$/u;
const LOWER_OR_DIGIT = /^[\p{Ll}\p{N}]$/u;

/** All-caps words longer than this are headings ("METODISKĀS VADLĪNIJAS"), not abbreviations. */
const MAX_ALL_CAPS_ABBREVIATION = 6;

export function classifyChunk(core: string): ChunkClass | undefined {
  if (core.includes('@')) return EMAIL.test(core) ? { kind: 'email', norm: fold(core) } : undefined;
  if (URL_START.test(core) || BARE_HOST.test(core)) return { kind: 'url', norm: normalizeUrl(core) };
  if (PROJECT_NUMBER.test(core) || DOTTED_ID.test(core)) return { kind: 'id', norm: fold(core) };
  if (INTERNATIONAL_PHONE.test(core) || LOCAL_PHONE.test(core)) return { kind: 'phone', norm: core };
  const number = NUMBER.exec(core);
  if (number?.[1] !== undefined) return { kind: 'number', norm: number[1] };
  if (isAbbreviation(core)) return { kind: 'abbr', norm: fold(core) };
  return undefined;
}

/**
 * Two or more capitals make an abbreviation (VBTAI, IeM, IeVP, NAP2027, ESF+). Mixed case or digits always
 * qualify; an all-caps run only while it is short, so shouted headings are still stemmed as words.
 */
export function isAbbreviation(text: string): boolean {
  if (!ABBREVIATION_SHAPE.test(text)) return false;
  let upper = 0;
  let other = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    // ASCII decided by code, the rest by Unicode class: this runs for every word of every document.
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) upper++;
      else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) other++;
    } else if (UPPER.test(char)) upper++;
    else if (LOWER_OR_DIGIT.test(char)) other++;
  }
  if (upper < 2) return false;
  return other > 0 || upper <= MAX_ALL_CAPS_ABBREVIATION;
}

/** "https://www.bac.gov.lv/lv/" and "bac.gov.lv/lv" are the same address for a reader. */
export function normalizeUrl(url: string): string {
  const bare = fold(url).replace(SCHEME_AND_WWW, '');
  let end = bare.length;
  while (end > 0 && bare[end - 1] === '/') end--;
  return bare.slice(0, end);
}

/** Offsets of the host inside a written URL (scheme and "www." skipped), for the host's own token. */
export function hostSpan(url: string): { start: number; end: number } {
  const start = SCHEME_AND_WWW.exec(url)?.[0].length ?? 0;
  const slash = url.indexOf('/', start);
  return { start, end: slash === -1 ? url.length : slash };
}
