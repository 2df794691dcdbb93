/**
 * The report's "Atbildīgie" cell: lead parties, "sadarbībā ar" cooperating parties and the deadline in brackets,
 * e.g. "LM, sadarbībā ar IZM  (30.06.2024.)", "IZM (31.12.2024).", "Atbildīgais – LM 2. kārta un NVO (31.12.2029.)".
 */
import type { Party } from '../../knowledge/model.js';
import { squash } from '../artefacts.js';
import { splitParties } from '../parties.js';

export interface ResponsibleCell {
  responsible: Party[];
  cooperating: Party[];
  /** The text inside the last brackets when it holds a digit, squashed; undefined when the cell gives no date. */
  deadlineText?: string;
}

/** The last bracketed group, if it holds a digit, with whatever full stop or spaces follow it. */
const DEADLINE = /\(([^()]*\d[^()]*)\)[\s.]*$/u;
const LEAD_LABEL = /^atbildīg\p{L}*\s*[–—:-]\s*/iu;
const COOPERATION = /\s*,?\s*sadarbībā\s+ar\s+/iu;
/** "1. kārta" names the round of an EU measure the party runs, not a party: it stays in the raw cell only. */
const ROUND = /\s+\d+\.\s*kārt\p{L}*/gu;
const ABBREVIATION = /^[\p{Lu}\d-]{2,}$/u;

export function parseResponsibleCell(cell: string): ResponsibleCell {
  const text = squash(cell);
  const deadline = DEADLINE.exec(text);
  const names = (deadline ? text.slice(0, deadline.index) : text).replace(LEAD_LABEL, '');
  const [lead = '', ...others] = names.split(COOPERATION);
  const deadlineText = deadline?.[1] === undefined ? undefined : squash(deadline[1]);
  return {
    responsible: partiesOf(lead),
    cooperating: partiesOf(others.join(', ')),
    ...(deadlineText === undefined ? {} : { deadlineText }),
  };
}

function partiesOf(text: string): Party[] {
  return splitParties(text).flatMap((p) => splitAbbreviationPair(p.name.replace(ROUND, '')));
}

/**
 * "LM un NVO" names two parties, but "Latvijas Izglītības un zinātnes darbinieku arodbiedrību" is one: "un" splits
 * only when every part is an abbreviation, since full names of institutions may contain "un" themselves.
 */
function splitAbbreviationPair(name: string): Party[] {
  const parts = name.split(/\s+un\s+/u);
  if (parts.length > 1 && parts.every((p) => ABBREVIATION.test(p))) return parts.map((p) => ({ name: p }));
  return [{ name }];
}
