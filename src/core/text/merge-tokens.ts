/**
 * Joins tokens that are one thing written with spaces: phone numbers ("+371 22405299", "22 045 225") and a pair of
 * abbreviations ("IeM IC", the Information Centre of the Interior Ministry). Tokens only join across exactly one
 * space on the same line.
 */
import { makeToken, type Token } from './token.js';

const COUNTRY_CODE = /^\+\d{1,3}$/u;
const GROUP_HEAD = /^[268]\d$/u;
const GROUP_OF_THREE = /^\d{3}$/u;
const EIGHT_DIGIT_PHONE = /^[268]\d{7}$/u;
/** "20 000 000 EUR" has a phone's spacing but is an amount. */
const CURRENCY_AFTER = /^\s*(?:eur\b|euro|eiro|€)/iu;
const CURRENCY_LOOKAHEAD = 16;

export function mergeTokens(text: string, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phone = phoneAt(text, tokens, i);
    if (phone) {
      out.push(phone.token);
      i += phone.used;
      continue;
    }
    const token = tokens[i];
    if (!token) break;
    const next = tokens[i + 1];
    if (next && token.kind === 'abbr' && next.kind === 'abbr' && spaced(text, token, next)) {
      const pair = makeToken(text, token.start, next.end, 'abbr', `${token.norm} ${next.norm}`);
      // The pair is followed by both parts, so "IeM" alone still finds "IeM IC"; the second part starts no pair.
      out.push(pair, token, next);
      i += 2;
      continue;
    }
    out.push(token);
    i++;
  }
  return out;
}

/** A phone number starting at token i, and how many tokens it consumed. */
function phoneAt(text: string, tokens: readonly Token[], i: number): { token: Token; used: number } | undefined {
  const first = tokens[i];
  if (first?.kind !== 'number') return undefined;
  if (COUNTRY_CODE.test(first.text)) {
    const local = tokens[i + 1];
    if (local && local.kind === 'phone' && EIGHT_DIGIT_PHONE.test(local.norm) && spaced(text, first, local)) {
      return { token: phone(text, first, local, `${first.text}${local.norm}`), used: 2 };
    }
    const group = groupAt(text, tokens, i + 1, first);
    if (group) return { token: phone(text, first, group.last, `${first.text}${group.digits}`), used: 4 };
    return undefined;
  }
  const group = groupAt(text, tokens, i, tokens[i - 1]);
  return group ? { token: phone(text, first, group.last, group.digits), used: 3 } : undefined;
}

/** "22 045 225": three number tokens spaced 2-3-3, not part of a longer run of digit groups, not an amount. */
function groupAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  before: Token | undefined,
): { last: Token; digits: string } | undefined {
  const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!a || !b || !c || ![a, b, c].every((t) => t.kind === 'number')) return undefined;
  if (!GROUP_HEAD.test(a.text) || !GROUP_OF_THREE.test(b.text) || !GROUP_OF_THREE.test(c.text)) return undefined;
  if (!spaced(text, a, b) || !spaced(text, b, c)) return undefined;
  if (before && before.kind === 'number' && spaced(text, before, a) && !COUNTRY_CODE.test(before.text))
    return undefined;
  const after = tokens[i + 3];
  if (after && after.kind === 'number' && spaced(text, c, after)) return undefined;
  if (CURRENCY_AFTER.test(text.slice(c.end, c.end + CURRENCY_LOOKAHEAD))) return undefined;
  return { last: c, digits: `${a.text}${b.text}${c.text}` };
}

function phone(text: string, first: Token, last: Token, norm: string): Token {
  return makeToken(text, first.start, last.end, 'phone', norm);
}

/** Exactly one space-like character (not a line break) between two tokens. */
function spaced(text: string, left: Token, right: Token): boolean {
  return right.start === left.end + 1 && /^[ \t\u00a0\u2007\u202f]$/u.test(text.charAt(left.end));
}
