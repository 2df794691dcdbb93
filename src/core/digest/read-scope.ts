/**
 * What a chat command asks a digest to follow, read from its understanding: working groups (by number, or the
 * one group its topic words clearly name), institutions, measure-number prefixes ("4.4" → measures 4.4.*), and
 * documents. A document narrows the others only when it is not simply the one they live in ("3. darba grupa" is
 * found in the groups document; that names no narrowing).
 */
import type { Understanding } from '../understand/understanding.js';
import type { Scope } from './scope.js';

const PREFIX_KINDS = new Set(['measure', 'plan-task', 'direction', 'id']);
const TOPIC_CONFIDENCE = 0.5;

export function readScope(
  u: Pick<Understanding, 'references' | 'groups' | 'institutions' | 'documents'>,
  knownGroups: { has(id: string): boolean },
) {
  const groups = readGroups(u).filter((id) => knownGroups.has(id));
  const institutions = [...new Set(u.institutions.map((i) => i.id))];
  const prefixes = [
    ...new Set(
      u.references.filter((r) => PREFIX_KINDS.has(r.kind) && /^\d+(\.\d+){0,2}$/u.test(r.id)).map((r) => r.id),
    ),
  ];
  const documents = u.documents.filter((d) => !(groups.length > 0 && d === 'groups'));
  if (groups.length + institutions.length + prefixes.length + documents.length === 0) return undefined;
  const scope: Scope = { groups, institutions, roles: ['responsible', 'co-responsible'], prefixes, documents };
  return scope;
}

function readGroups(u: Pick<Understanding, 'references' | 'groups'>): string[] {
  const numbered = u.references.filter((r) => r.kind === 'group').map((r) => r.id);
  const named = u.groups.filter((g) => g.confidence >= 1).map((g) => g.id);
  const sure = [...new Set([...numbered, ...named])];
  if (sure.length > 0) return sure;
  const best = [...u.groups].sort((a, b) => b.confidence - a.confidence)[0];
  return best && best.confidence >= TOPIC_CONFIDENCE ? [best.id] : [];
}
