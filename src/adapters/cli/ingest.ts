/**
 * `npm run ingest [seeds-folder]`: parses the seed documents and writes `knowledge/extracted/*.json`, then the
 * search state derived from them, `knowledge/index/search.json`.
 * `npm run ingest -- file.docx` reads one document and prints what it found, writing nothing (see ingest-file.ts).
 * Prints counts per kind and every warning with file and line. A document that fails keeps its previous extract.
 */
import { relative } from 'node:path';
import { ingestSeeds } from '../../app/ingest.js';
import { DOCUMENTS } from '../../core/documents/catalogue.js';
import { LIST_KEYS } from '../../core/knowledge/knowledge.js';
import type { DocumentExtract } from '../../core/knowledge/model.js';
import { loadKnowledge, readCuratedInstitutions, readSeeds, writeExtracts } from '../files/knowledge-files.js';
import { PROJECT_ROOT, SEEDS_DIR } from '../files/paths.js';
import { writeSearchState } from '../files/search-state-file.js';
import { ingestFile, isDocumentPath } from './ingest-file.js';

function counts(extract: DocumentExtract): string {
  return LIST_KEYS.flatMap((key) => {
    const value = extract[key];
    return Array.isArray(value) && value.length > 0 ? [`${value.length} ${key}`] : [];
  }).join(', ');
}

function main(): number {
  const dir = process.argv[2] ?? SEEDS_DIR;
  const result = ingestSeeds(readSeeds(dir), readCuratedInstitutions());
  // The search state is derived from what is now on disk (the new extracts and the curated files).
  const written = [...writeExtracts(result.extracts), writeSearchState(loadKnowledge())];
  for (const extract of result.extracts) {
    const file = DOCUMENTS[extract.document.id].file;
    console.log(`${file}: ${counts(extract)}`);
    for (const w of extract.warnings) console.log(`  warning ${file}:${w.line}: ${w.kind}: ${w.message}`);
  }
  console.log(`wrote ${written.map((f) => relative(PROJECT_ROOT, f)).join(', ')}`);
  for (const e of result.errors) console.error(`error ${e.file}: ${e.message}`);
  return result.errors.length > 0 ? 1 : 0;
}

const target = process.argv[2];
if (target && isDocumentPath(target)) process.exitCode = await ingestFile(target);
else process.exitCode = main();
