/**
 * Reads one document file for ingest: a .docx (through mammoth), a .txt or a .md. A .pdf or .doc is refused with
 * the advice to save it as .docx; an empty, damaged or unknown file is refused with its name and the reason.
 * The text is in the seeds' conventions, so the known parsers read it as they read a seed.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { DocumentBlocks } from '../../core/documents/generic/blocks.js';
import { seedText } from '../../core/documents/generic/seed-text.js';
import { textBlocks } from '../../core/documents/generic/text-blocks.js';
import { emptyFile, legacyFormat, notText, unsupportedFormat } from './document-file-error.js';
import { readDocx } from './read-docx.js';

export interface DocumentFile extends DocumentBlocks {
  format: 'docx' | 'txt' | 'md';
  /** The document in the seeds' text conventions. */
  text: string;
}

export async function readDocumentFile(path: string): Promise<DocumentFile> {
  return readDocument(basename(path), readFileSync(path));
}

export async function readDocument(file: string, bytes: Uint8Array): Promise<DocumentFile> {
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') {
    const doc = await readDocx(file, bytes);
    return { ...doc, format: 'docx', text: seedText(doc.blocks) };
  }
  if (ext === '.pdf') throw legacyFormat(file, 'pdf');
  if (ext === '.doc') throw legacyFormat(file, 'doc');
  if (ext !== '.txt' && ext !== '.md') throw unsupportedFormat(file);
  const text = decodeText(file, bytes);
  if (text.trim() === '') throw emptyFile(file, bytes.length > 0);
  const format = ext === '.md' ? 'md' : 'txt';
  return { file, format, text, blocks: textBlocks(text, format === 'md') };
}

function decodeText(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notText(file);
  }
}
