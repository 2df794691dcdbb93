/**
 * An abbreviation list at the top of a document: "IeM IC – Iekšlietu ministrijas Informācijas centrs", one a line.
 * Written for any document that opens with such a list; it stops at the first line that is not an entry.
 */
import type { Abbreviation, DocumentId } from '../../knowledge/model.js';
import { squash, takeFootnoteRefs } from '../artefacts.js';

/**
 * An abbreviation is one or two capitalised words of letters, digits or "+" ("ESF+", "NAP2027", "IeM IC"); the
 * separator is a dash with blanks around it, and a tab counts as a blank ("JSPA\t- Jaunatnes …"). A sentence
 * such as "Bērnu, jaunatnes … (turpmāk – Plāns)" never matches because of the comma after its first word.
 */
const ENTRY = /^\s*(\p{Lu}[\p{L}\d+]*(?: \p{Lu}[\p{L}\d+]*)?)[ \t\u00a0]+[–—-][ \t\u00a0]+(\S.*)$/u;

export interface AbbreviationList {
  abbreviations: Abbreviation[];
  /** 0-based index of the first line after the list. */
  next: number;
}

/** Reads the entries from line index `from` on, skipping blank lines before the first entry. */
export function readAbbreviations(lines: string[], document: DocumentId, from = 0): AbbreviationList {
  const abbreviations: Abbreviation[] = [];
  let i = from;
  while (i < lines.length && (lines[i] as string).trim() === '') i += 1;
  for (; i < lines.length; i++) {
    const raw = (lines[i] as string).trim();
    const m = ENTRY.exec(raw);
    if (!m?.[1] || !m[2]) break;
    abbreviations.push({
      abbr: m[1],
      name: squash(takeFootnoteRefs(m[2]).text),
      source: { document, locator: `abbreviation ${m[1]}`, line: i + 1, raw },
    });
  }
  return { abbreviations, next: i };
}
