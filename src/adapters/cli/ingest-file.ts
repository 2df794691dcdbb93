/**
 * `npm run ingest -- path/to/file.docx`: reads one document (.docx, .txt or .md), prints what it found (counts
 * per kind, warnings, three example questions) and adds it as if put in the documents folder: the file is copied
 * there and its extraction stored in DATA_DIR, so a running server serves it within seconds and a started one
 * serves it from the start. With `--check` it only reads and prints. knowledge/extracted/ stays the reviewed
 * baseline of the five seeds either way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { documentSummaryLines } from '../../app/document-summary-lines.js';
import { ingestDocument } from '../../app/ingest-document.js';
import { DocumentFileError } from '../files/document-file-error.js';
import { readCuratedInstitutions } from '../files/knowledge-files.js';
import { readDocumentFile } from '../files/read-document.js';
import { readTableHeaders } from '../files/table-headers-file.js';
import { cliDesk } from './cli-desk.js';

const DOCUMENT_EXTENSIONS = new Set(['.docx', '.doc', '.pdf', '.txt', '.md']);

/** A path to one file (or one that names a document by its extension) rather than a seeds folder. */
export function isDocumentPath(path: string): boolean {
  return existsSync(path) ? statSync(path).isFile() : DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase());
}

export async function ingestFile(path: string, check = false): Promise<number> {
  const name = basename(path);
  if (!existsSync(path)) {
    console.error(`error ${name}: no such file`);
    return 1;
  }
  try {
    const doc = await readDocumentFile(path);
    const ingested = ingestDocument(doc, readCuratedInstitutions(), readTableHeaders());
    if (ingested.kind === 'failed') {
      console.error(`error ${name}: ${ingested.error.message}`);
      return 1;
    }
    for (const line of documentSummaryLines(name, ingested)) console.log(line);
    if (check) {
      console.log('checked only (--check): nothing was written');
      return 0;
    }
    const desk = cliDesk();
    const added = await desk.add(name, readFileSync(path), 'cli');
    if (!added.ok) {
      console.error(`error ${name}: ${added.reason.en}`);
      return 1;
    }
    console.log(`added as "${added.document.id}": copied to ${desk.folder}, its extraction kept in DATA_DIR/documents`);
    console.log('a running server serves it within seconds; remove it with `npm run documents -- --remove <id>`');
    return 0;
  } catch (error) {
    if (!(error instanceof DocumentFileError)) throw error;
    console.error(`error ${name}: ${error.reason.en}`);
    return 1;
  }
}
