/**
 * Plausibility of a new extraction against the previous one, per document: a list that shrinks by more than a
 * tenth (the plan's measures, the report's tasks, …) is far more often a truncated or damaged seed than a real
 * change, so it is an error naming the file unless the change is accepted (`--accept-changes`).
 */
import { LIST_KEYS } from '../core/knowledge/knowledge.js';
import type { DocumentExtract } from '../core/knowledge/model.js';
import type { IngestError } from './ingest.js';

/** The largest share of a list that may disappear between two extractions without a word. */
export const MAX_LOSS = 0.1;

export function implausibleChanges(next: DocumentExtract, previous: DocumentExtract | undefined): string[] {
  if (!previous) return [];
  // Fewer warnings is an improvement, not a loss.
  return LIST_KEYS.filter((key) => key !== 'warnings').flatMap((key) => {
    const before = previous[key].length;
    const after = next[key].length;
    return before > 0 && after < before * (1 - MAX_LOSS)
      ? [`${after} ${key} where the previous extraction had ${before}`]
      : [];
  });
}

/** Splits the extracts into those to write and an error for each that lost too much. */
export function checkPlausible(
  extracts: DocumentExtract[],
  previous: readonly DocumentExtract[],
  acceptChanges: boolean,
): { accepted: DocumentExtract[]; errors: IngestError[] } {
  const errors: IngestError[] = [];
  const accepted = extracts.filter((extract) => {
    const before = previous.find((p) => p.document.id === extract.document.id);
    const problems = implausibleChanges(extract, before);
    if (problems.length === 0 || acceptChanges) return true;
    errors.push({
      file: extract.document.file,
      message: `lost more than a tenth: ${problems.join('; ')}. The previous extract is kept; if the change is intended, run \`npm run ingest -- --accept-changes\``,
    });
    return false;
  });
  return { accepted, errors };
}
