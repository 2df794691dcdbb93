/** Deadline and period spellings → Period. (Placeholder until the period parser lands.) */
import type { Period } from '../knowledge/model.js';

export function parsePeriod(raw: string): Period {
  return { kind: 'unknown', raw, problem: 'not parsed yet' };
}
