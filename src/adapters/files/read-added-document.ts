/**
 * One file offered as a new document (from the folder, the command line or an upload) → what would be stored and
 * served: its id, its extraction and a summary for the person who added it; or, when it cannot be read, its name
 * and the reason in Latvian and English. Nothing is written here.
 */
import { createHash } from 'node:crypto';
import { summarise } from '../../app/document-summary.js';
import { ingestDocument } from '../../app/ingest-document.js';
import { genericAsExtract } from '../../core/documents/generic/as-extract.js';
import { documentIdFor } from '../../core/documents/generic/document-id.js';
import { DocumentFileError } from './document-file-error.js';
import type { AddedDocument } from './document-library.js';
import { readCuratedInstitutions } from './knowledge-files.js';
import { readDocument } from './read-document.js';
import { readTableHeaders } from './table-headers-file.js';

export interface Offered {
  file: string;
  bytes: Uint8Array;
  via: AddedDocument['via'];
  addedBy?: string;
  now: Date;
  /** The id the file had before (a replaced file keeps its id). */
  id?: string;
  /** Ids in use by other documents. */
  taken: ReadonlySet<string>;
}

export type ReadResult =
  | { ok: true; document: AddedDocument }
  | { ok: false; file: string; reason: { lv: string; en: string } };

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function readAddedDocument(offered: Offered): Promise<ReadResult> {
  const { file } = offered;
  try {
    const doc = await readDocument(file, offered.bytes);
    const ingested = ingestDocument(doc, readCuratedInstitutions(), readTableHeaders());
    if (ingested.kind === 'failed') {
      const message = ingested.error.message;
      return {
        ok: false,
        file,
        reason: { lv: `dokumentu nevar nolasīt: ${message}`, en: `cannot be read: ${message}` },
      };
    }
    const id = ingested.kind === 'known' ? ingested.document : (offered.id ?? documentIdFor(file, offered.taken));
    const extract = ingested.kind === 'known' ? ingested.extract : genericAsExtract(ingested.extract, id);
    return {
      ok: true,
      document: {
        id,
        file,
        sha256: sha256(offered.bytes),
        addedAt: offered.now.toISOString(),
        via: offered.via,
        ...(offered.addedBy ? { addedBy: offered.addedBy } : {}),
        kind: ingested.kind,
        summary: summarise(ingested),
        extract,
      },
    };
  } catch (error) {
    if (error instanceof DocumentFileError) return { ok: false, file, reason: error.reason };
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, file, reason: { lv: `dokumentu nevar nolasīt (${why})`, en: `cannot be read (${why})` } };
  }
}
