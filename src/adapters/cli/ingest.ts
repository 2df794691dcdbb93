/**
 * `npm run ingest [seeds-folder] [--accept-changes] [--out=folder]`: parses the seed documents and writes
 * `knowledge/extracted/*.json` (or the --out folder), each atomically, then the hashes of the extracts it validated,
 * `knowledge/index/validated.json`, and the search state derived from them, `knowledge/index/search.json` (both only
 * for the committed folder). Prints counts per kind and every warning
 * with file and line. A document that fails, or that lost more than a tenth of a list against the previous
 * extraction (unless --accept-changes), keeps its previous extract. Folders and hidden files are skipped with a note.
 * `npm run ingest -- file.docx` reads one document and prints what it found, writing nothing (see ingest-file.ts).
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { ingestSeeds } from '../../app/ingest.js';
import { checkPlausible } from '../../app/ingest-plausibility.js';
import { DOCUMENTS } from '../../core/documents/catalogue.js';
import { LIST_KEYS } from '../../core/knowledge/knowledge.js';
import type { DocumentExtract } from '../../core/knowledge/model.js';
import {
  loadKnowledge,
  readCuratedInstitutions,
  readExtracts,
  readSeeds,
  writeExtracts,
} from '../files/knowledge-files.js';
import { EXTRACTED_DIR, PROJECT_ROOT, SEEDS_DIR } from '../files/paths.js';
import { writeSearchState } from '../files/search-state-file.js';
import { writeValidated } from '../files/validated-files.js';
import { ingestFile, isDocumentPath } from './ingest-file.js';

function counts(extract: DocumentExtract): string {
  return LIST_KEYS.flatMap((key) => {
    const value = extract[key];
    return Array.isArray(value) && value.length > 0 ? [`${value.length} ${key}`] : [];
  }).join(', ');
}

/** The extraction now committed, to compare against; none (a first run) compares with nothing. */
function previousExtracts(dir: string): DocumentExtract[] {
  return existsSync(dir) ? readExtracts(dir) : [];
}

function main(argv: string[]): number {
  const acceptChanges = argv.includes('--accept-changes');
  const outDir = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) || EXTRACTED_DIR;
  const dir = argv.find((a) => !a.startsWith('--')) ?? SEEDS_DIR;
  const skipped: string[] = [];
  const result = ingestSeeds(readSeeds(dir, skipped), readCuratedInstitutions());
  for (const note of skipped) console.log(`note ${note}`);
  const { accepted, errors } = checkPlausible(result.extracts, previousExtracts(outDir), acceptChanges);
  const written = writeExtracts(accepted, outDir);
  // The search state is derived from what is now on disk (the new extracts and the curated files).
  if (outDir === EXTRACTED_DIR) written.push(writeValidated(), writeSearchState(loadKnowledge()));
  for (const extract of accepted) {
    const file = DOCUMENTS[extract.document.id].file;
    console.log(`${file}: ${counts(extract)}`);
    for (const w of extract.warnings) console.log(`  warning ${file}:${w.line}: ${w.kind}: ${w.message}`);
  }
  console.log(`wrote ${written.map((f) => relative(PROJECT_ROOT, f)).join(', ') || 'nothing'}`);
  const all = [...result.errors, ...errors];
  for (const e of all) console.error(`error ${e.file}: ${e.message}`);
  return all.length > 0 ? 1 : 0;
}

const target = process.argv[2];
if (target && isDocumentPath(target)) process.exitCode = await ingestFile(target);
else process.exitCode = main(process.argv.slice(2));
