/** Splits a cell that names institutions ("VPD, RPNC, NVD, LM, VBTAI") into parties, as written. */
import type { Party } from '../knowledge/model.js';
import { squash } from './artefacts.js';

/**
 * Splits on commas and semicolons that are outside parentheses and quotes, so that
 * "Pašvaldības, ZZ Dats (BARIS īpašnieks un uzturētājs)" gives two parties, not three.
 * Registry ids are filled in later, when the whole knowledge is resolved.
 */
export function splitParties(cell: string): Party[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of squash(cell)) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '“' || ch === '”' || ch === '"') quoted = ch === '“' ? true : ch === '”' ? false : !quoted;
    if ((ch === ',' || ch === ';') && depth === 0 && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts
    .map((p) => p.trim().replace(/[.\s]+$/u, ''))
    .filter((p) => p.length > 0)
    .map((name) => ({ name }));
}
