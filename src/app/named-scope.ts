/**
 * A digest scope named on a command line (`--group 3 --institution LM --prefix 4.4 --document plan`): each name
 * resolved against the knowledge, or a ScopeError naming what was not recognised and what would be.
 */
import type { AnswerEngine } from '../core/answer/answer.js';
import { readScope } from '../core/digest/read-scope.js';
import type { Scope } from '../core/digest/scope.js';
import { type DocumentId, DocumentIdSchema, KnownDocumentIdSchema } from '../core/knowledge/model.js';
import { fold } from '../core/text/fold.js';
import { understand } from '../core/understand/understand.js';

export interface ScopeNames {
  groups: readonly string[];
  institutions: readonly string[];
  prefixes: readonly string[];
  documents: readonly string[];
}

export class ScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScopeError';
  }
}

export function namedScope(names: ScopeNames, engine: AnswerEngine, today: string): Scope {
  const scope: Scope = {
    groups: names.groups.map((g) => groupId(g, engine, today)),
    institutions: names.institutions.map((i) => institutionId(i, engine)),
    roles: ['responsible', 'co-responsible'],
    prefixes: names.prefixes.map(prefix),
    documents: names.documents.map(documentId),
  };
  if (scope.groups.length + scope.institutions.length + scope.prefixes.length + scope.documents.length === 0)
    throw new ScopeError('name what the digest follows: --group, --institution, --prefix or --document');
  return scope;
}

function groupId(name: string, engine: AnswerEngine, today: string): string {
  const { groups } = engine.understander.kb;
  const bare = name.trim().replace(/\.$/u, '');
  if (groups.has(bare)) return bare;
  const titled = [...groups.values()].filter((g) => fold(g.title).includes(fold(bare)));
  if (titled.length === 1 && titled[0]) return titled[0].id;
  const u = understand(/^\d+$/u.test(bare) ? `${bare}. darba grupa` : name, engine.understander, today, false);
  const found = readScope(u, groups)?.groups[0];
  if (found) return found;
  const known = [...groups.values()].map((g) => `${g.id} (${g.title})`).join('; ');
  throw new ScopeError(`--group "${name}": no such working group. Known: ${known}`);
}

function institutionId(name: string, engine: AnswerEngine): string {
  const { registry } = engine.understander.kb;
  const found = registry.byAbbreviation(name.trim()) ?? registry.resolve(name.trim());
  if (found) return found.id;
  const known = registry.institutions.flatMap((i) => i.abbreviations.slice(0, 1)).join(', ');
  throw new ScopeError(`--institution "${name}": not an institution of the documents. Abbreviations: ${known}`);
}

function prefix(value: string): string {
  const clean = value.trim().replace(/\.$/u, '');
  if (/^\d+(\.\d+){0,2}$/u.test(clean)) return clean;
  throw new ScopeError(`--prefix "${value}": expected a measure number or its start, e.g. 4.4 or 4.4.5`);
}

function documentId(value: string): DocumentId {
  const parsed = DocumentIdSchema.safeParse(value.trim());
  if (parsed.success) return parsed.data;
  throw new ScopeError(
    `--document "${value}": expected one of ${KnownDocumentIdSchema.options.join(', ')} or an added document's id`,
  );
}
