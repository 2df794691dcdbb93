/**
 * An abbreviation entry in any of the seeds' spellings: "IeM IC – Iekšlietu ministrijas Informācijas centrs",
 * "JSPA\t- Jaunatnes …", "VK –  Valsts kanceleja". The abbreviation has two capitals or a digit or "+"
 * ("LM", "IeM", "ESF+", "NAP2027"), so a sentence such as "Mērķis – nodrošināt …" is not an entry.
 */
import { squash } from '../artefacts.js';

const ENTRY = /^\s*(\p{Lu}[\p{L}\d+]*(?: \p{Lu}[\p{L}\d+]*)?)[ \t\u00a0]+[–—-][ \t\u00a0]+(\S.*)$/u;
const ABBREVIATION_LIKE = /^(?=.*\p{Lu}.*[\p{Lu}\d+])\S+(?: \S+)?$/u;

export function abbreviationEntry(line: string): { abbr: string; name: string } | undefined {
  const m = ENTRY.exec(line);
  const abbr = m?.[1];
  const name = m?.[2] ? squash(m[2]) : '';
  if (!abbr || !name || !ABBREVIATION_LIKE.test(abbr) || name.length > 160) return undefined;
  return { abbr, name };
}
