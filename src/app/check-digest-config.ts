/**
 * The names a DIGEST_CONFIG file uses, checked against the knowledge: a group or institution that does not exist
 * would silently follow nothing, so each one is reported with its place in the file.
 */
import type { DigestConfig } from '../core/digest/digest-config.js';
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.js';

export function unknownNames(config: DigestConfig, kb: Pick<KnowledgeBase, 'groups' | 'registry'>): string[] {
  return config.subscriptions.flatMap((entry, i) => [
    ...entry.scope.groups
      .filter((g) => !kb.groups.has(g))
      .map(
        (g) => `subscriptions.${i}.scope.groups: no working group "${g}" (known: ${[...kb.groups.keys()].join(', ')})`,
      ),
    ...entry.scope.institutions
      .filter((id) => !kb.registry.get(id))
      .map((id) => `subscriptions.${i}.scope.institutions: no institution "${id}" in the registry`),
  ]);
}
