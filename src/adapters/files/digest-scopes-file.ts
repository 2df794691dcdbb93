/** The curated default digest scope of each working group (knowledge/curated/digest-scopes.json). */
import { readFileSync } from 'node:fs';
import { type DigestScopes, DigestScopesSchema } from '../../core/digest/default-scopes.js';
import { KnowledgeFileError } from './knowledge-files.js';
import { CURATED_DIR } from './paths.js';

export function loadDigestScopes(dir = CURATED_DIR): DigestScopes {
  const file = `${dir}/digest-scopes.json`;
  try {
    return DigestScopesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new KnowledgeFileError(file, `not valid digest scopes: ${(error as Error).message.split('\n')[0]}`);
  }
}
