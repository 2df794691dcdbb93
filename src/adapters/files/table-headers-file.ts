/** The curated table header words (knowledge/curated/table-headers.json), validated. */
import { join } from 'node:path';
import { type TableHeaders, TableHeadersSchema } from '../../core/documents/generic/header-words.js';
import { parseJsonFile } from './knowledge-files.js';
import { CURATED_DIR } from './paths.js';

export function readTableHeaders(dir = CURATED_DIR): TableHeaders {
  return parseJsonFile(join(dir, 'table-headers.json'), (data) => TableHeadersSchema.parse(data));
}
