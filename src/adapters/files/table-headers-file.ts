/** The curated table header words (knowledge/curated/table-headers.json), validated. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TableHeaders, TableHeadersSchema } from '../../core/documents/generic/header-words.js';
import { KnowledgeFileError } from './knowledge-files.js';
import { CURATED_DIR } from './paths.js';

export function readTableHeaders(dir = CURATED_DIR): TableHeaders {
  const file = join(dir, 'table-headers.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KnowledgeFileError(file, `not readable JSON (${(error as Error).message})`);
  }
  const parsed = TableHeadersSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KnowledgeFileError(file, `does not match the schema: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
