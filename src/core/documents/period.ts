/**
 * Deadline and period spellings → Period. The five documents write deadlines in a dozen ways ("2023. gada
 * 2.pusgads", "No 2024.gada2.pusgada", "(31.12.2024).", "2025/1 – 2029/3", "no 12.2023. līdz 12.2029.", "līdz
 * 2026.gada 1.cet.", "Termiņš:….."), and users type them without diacritics ("2024 gada 2 pusgads"); all are read
 * here, never guessed: what cannot be read becomes `unknown` with the reason.
 */
import type { Period } from '../knowledge/model.js';
import { datedPeriod } from './period/dated.js';
import { fold } from './period/fold.js';
import { labelEnd } from './period/markers.js';
import { scanPoints } from './period/points.js';
import { undatedPeriod } from './period/undated.js';

export function parsePeriod(raw: string): Period {
  const folded = fold(raw);
  const body = labelEnd(folded.text);
  const points = scanPoints(folded.text, body);
  return points.length > 0 ? datedPeriod(raw, folded, body, points) : undatedPeriod(raw, folded, body);
}
