/**
 * Ingest of one document file, already read into blocks and seed-convention text: a file named like one of the
 * five seeds goes through that document's parser, any other through the generic extraction. Nothing is written.
 */
import { DOCUMENTS } from '../core/documents/catalogue.js';
import type { DocumentBlocks } from '../core/documents/generic/blocks.js';
import { extractGeneric } from '../core/documents/generic/extract-generic.js';
import type { GenericExtract } from '../core/documents/generic/generic-schema.js';
import type { TableHeaders } from '../core/documents/generic/header-words.js';
import type { DocumentExtract, Institution, KnownDocumentId } from '../core/knowledge/model.js';
import { type IngestError, ingestSeeds } from './ingest.js';

export type IngestedDocument =
  | { kind: 'known'; document: KnownDocumentId; extract: DocumentExtract }
  | { kind: 'generic'; extract: GenericExtract }
  | { kind: 'failed'; error: IngestError };

export interface DocumentInput extends DocumentBlocks {
  text: string;
}

/** The known document a file stands for by its name without extension ("plan-2022-2025.docx" → plan). */
export function knownDocumentOf(file: string): KnownDocumentId | undefined {
  const stem = file.replace(/\.[^.]+$/, '');
  return (Object.keys(DOCUMENTS) as KnownDocumentId[]).find((id) => DOCUMENTS[id].file.replace(/\.txt$/, '') === stem);
}

export function ingestDocument(
  input: DocumentInput,
  institutions: Institution[],
  headers: TableHeaders,
): IngestedDocument {
  const known = knownDocumentOf(input.file);
  if (!known) return { kind: 'generic', extract: extractGeneric(input, institutions, headers) };
  const result = ingestSeeds([{ name: DOCUMENTS[known].file, text: input.text }], institutions);
  const [error] = result.errors;
  if (error) return { kind: 'failed', error: { ...error, file: input.file } };
  return { kind: 'known', document: known, extract: result.extracts[0] as DocumentExtract };
}
