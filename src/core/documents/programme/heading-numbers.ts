/**
 * Long numbers (phone numbers) in a heading that the text under it never writes. The programme's heading 2.1.3
 * names the helpline "111611" while its text says "116111" throughout: the title is kept as written and flagged.
 */
import type { Warning } from '../../knowledge/model.js';
import { cleanLine, type SourceLine } from '../report/source-lines.js';
import type { Heading } from './outline.js';

const LONG_NUMBER = /\d{5,}/gu;

export function headingNumberWarnings(heading: Heading, body: SourceLine[]): Warning[] {
  const text = body.map((l) => cleanLine(l.text).text).join(' ');
  const inBody = [...new Set(text.match(LONG_NUMBER) ?? [])];
  return (heading.title.match(LONG_NUMBER) ?? [])
    .filter((n) => !inBody.includes(n))
    .map((n) => {
      const alike = inBody.filter((b) => sameDigits(b, n));
      const message =
        alike.length > 0
          ? `heading ${heading.id} writes ${n} where the text under it writes ${alike.join(', ')}; title kept as written`
          : `heading ${heading.id} writes ${n}, which the text under it never mentions`;
      return { document: 'programme', line: heading.line, kind: 'malformed', message } satisfies Warning;
    });
}

/** The same digits in another order: the usual shape of a mistyped number. */
function sameDigits(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}
