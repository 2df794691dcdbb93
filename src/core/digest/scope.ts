/**
 * What a subscription follows, and why each item is in its digest. Working groups (their own tasks and
 * deadlines, plus the curated topic items of digest-scopes.json), institutions (as responsible and/or
 * co-responsible, their predecessor or successor included: VBTAI's items are BAC's), and measure-number prefixes
 * ("4.4") add items; documents narrow the others to those documents, or alone take every item in them.
 */
import { z } from 'zod';
import type { TrackedItem } from '../deadlines/tracked-items.js';
import { DocumentIdSchema } from '../knowledge/model.js';
import type { InstitutionRegistry } from '../knowledge/registry.js';
import type { DigestScopes, Topic } from './default-scopes.js';

export const RoleSchema = z.enum(['responsible', 'co-responsible']);
export type Role = z.infer<typeof RoleSchema>;

export const ScopeSchema = z
  .object({
    groups: z.array(z.string().min(1)).default([]),
    institutions: z.array(z.string().min(1)).default([]),
    roles: z.array(RoleSchema).min(1).default(['responsible', 'co-responsible']),
    prefixes: z.array(z.string().regex(/^\d+(\.\d+){0,2}$/, 'a measure number or its start, e.g. "4.4"')).default([]),
    documents: z.array(DocumentIdSchema).default([]),
  })
  .refine((s) => s.groups.length + s.institutions.length + s.prefixes.length + s.documents.length > 0, {
    message: 'a scope needs a group, an institution, an id prefix or a document',
  });
export type Scope = z.infer<typeof ScopeSchema>;

/** Why an item is in a digest; the words are chosen in digest-words. */
export type Reason =
  | { kind: 'responsible' | 'co-responsible'; institution: string; now?: string }
  | { kind: 'group-task' | 'group-deadline'; group: string }
  | { kind: 'topic'; topic: Topic }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'document'; document: TrackedItem['document'] };

export interface ScopeContext {
  registry: InstitutionRegistry;
  defaults: DigestScopes;
}

/** The reasons the item belongs to the scope; empty when it does not. */
export function reasonsFor(item: TrackedItem, scope: Scope, ctx: ScopeContext): Reason[] {
  const narrowing = scope.groups.length + scope.institutions.length + scope.prefixes.length > 0;
  if (!narrowing) return scope.documents.includes(item.document) ? [{ kind: 'document', document: item.document }] : [];
  if (scope.documents.length > 0 && !scope.documents.includes(item.document)) return [];
  return [...groupReasons(item, scope, ctx), ...institutionReasons(item, scope, ctx), ...prefixReasons(item, scope)];
}

function groupReasons(item: TrackedItem, scope: Scope, ctx: ScopeContext): Reason[] {
  const reasons: Reason[] = [];
  for (const group of scope.groups) {
    if (item.groupId === group) {
      reasons.push({ kind: item.kind === 'group' ? 'group-deadline' : 'group-task', group });
    }
    for (const topic of ctx.defaults.groups.find((g) => g.group === group)?.topics ?? []) {
      if (topic.items.includes(item.key) && !reasons.some((r) => r.kind === 'topic' && r.topic === topic))
        reasons.push({ kind: 'topic', topic });
    }
  }
  return reasons;
}

function institutionReasons(item: TrackedItem, scope: Scope, ctx: ScopeContext): Reason[] {
  const reasons: Reason[] = [];
  const roles: [Role, TrackedItem['responsible']][] = [
    ['responsible', item.responsible],
    ['co-responsible', item.coResponsible],
  ];
  for (const wanted of scope.institutions) {
    const same = sameBody(wanted, ctx.registry);
    for (const [role, parties] of roles) {
      if (!scope.roles.includes(role)) continue;
      const party = parties.find((p) => p.institution !== undefined && same.has(p.institution));
      if (!party?.institution) continue;
      const name = abbreviation(party.institution, ctx.registry);
      const current = abbreviation(wanted, ctx.registry);
      reasons.push({ kind: role, institution: name, ...(name !== current ? { now: current } : {}) });
    }
  }
  return reasons;
}

function prefixReasons(item: TrackedItem, scope: Scope): Reason[] {
  if (item.kind !== 'measure') return [];
  const prefix = scope.prefixes.find((p) => item.id === p || item.id.startsWith(`${p}.`));
  return prefix ? [{ kind: 'prefix', prefix }] : [];
}

/** An institution with its predecessor and successor: one body under two names (VBTAI became BAC). */
export function sameBody(id: string, registry: InstitutionRegistry): Set<string> {
  const institution = registry.get(id);
  const ids = new Set([id]);
  if (institution?.successor) ids.add(institution.successor.id);
  if (institution?.predecessor) ids.add(institution.predecessor.id);
  return ids;
}

function abbreviation(id: string, registry: InstitutionRegistry): string {
  return registry.get(id)?.abbreviations[0] ?? id;
}
