/** A responsible or co-responsible cell → parties. */
import type { Party } from '../../knowledge/model.js';
import { splitParties } from '../parties.js';

/**
 * splitParties cuts at every comma outside brackets, but a comma may also open a relative clause that describes the
 * party before it: 4.4.4 names "Bērnu lietu sadarbības padomes apakšgrupa, kura turpina … darbu", one party.
 */
const RELATIVE_CLAUSE = /^(?:kas|kur|kura|kuras|kuram|kurai|kuri|kurš|kuru|kurā|kurās|kuros)\s/u;

export function partiesOf(cell: string): Party[] {
  const parties: Party[] = [];
  for (const party of splitParties(cell)) {
    const previous = parties[parties.length - 1];
    if (previous && RELATIVE_CLAUSE.test(party.name)) previous.name = `${previous.name}, ${party.name}`;
    else parties.push({ ...party });
  }
  return parties;
}
