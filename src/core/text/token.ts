/** The token shape shared by the tokenizer, the analyzer and the understanding layer. */

export type TokenKind = 'id' | 'number' | 'phone' | 'email' | 'url' | 'abbr' | 'word';

export interface Token {
  /** Exactly as written in the input: `text === input.slice(start, end)`. */
  text: string;
  /** The comparable form: folded, and for ids, phones and URLs also written one canonical way. */
  norm: string;
  kind: TokenKind;
  /** UTF-16 offsets into the input, end exclusive. */
  start: number;
  end: number;
}

export function makeToken(input: string, start: number, end: number, kind: TokenKind, norm: string): Token {
  return { text: input.slice(start, end), norm, kind, start, end };
}

/**
 * Drops tokens whose span lies inside an earlier token's span (the parts of "Zālīte-Grosa", of "IeM IC", the host
 * of a URL), leaving the tokens as a reader would count them.
 */
export function outermostTokens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let coveredTo = -1;
  for (const token of tokens) {
    if (token.end <= coveredTo) continue;
    out.push(token);
    coveredTo = token.end;
  }
  return out;
}
