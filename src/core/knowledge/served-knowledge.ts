/**
 * The knowledge served: the committed extracts of the known documents and the documents added at run time. An
 * added document that is a known one (a new edition of the plan, read by the plan's parser) replaces the committed
 * extract of that document; the others follow the known ones, in the order given, with the institutions only
 * their own abbreviation lists define (document-institutions.ts).
 */

import { withDocumentInstitutions } from './document-institutions.js';
import { type Knowledge, mergeExtracts } from './knowledge.js';
import type { DocumentExtract, Institution } from './model.js';

export function servedKnowledge(
  baseline: readonly DocumentExtract[],
  added: readonly DocumentExtract[],
  institutions: Institution[],
): Knowledge {
  const replaced = new Map(added.map((e) => [e.document.id, e]));
  const known = baseline.map((e) => replaced.get(e.document.id) ?? e);
  const baseIds = new Set(baseline.map((e) => e.document.id));
  const registry = [...institutions];
  const others = added
    .filter((e) => !baseIds.has(e.document.id))
    .map((e) => {
      const own = withDocumentInstitutions(e, registry);
      registry.push(...own.added);
      return own.extract;
    });
  return mergeExtracts([...known, ...others], registry);
}
