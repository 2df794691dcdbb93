/** Reads seeds and knowledge files, and writes extracts, with errors that name the file at fault. */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedFile } from '../../app/ingest.js';
import { CuratedInstitutionsSchema, type Knowledge, mergeExtracts } from '../../core/knowledge/knowledge.js';
import { type DocumentExtract, DocumentExtractSchema, type Institution } from '../../core/knowledge/model.js';
import { writeFileAtomic } from './atomic-write.js';
import { CURATED_DIR, EXTRACTED_DIR } from './paths.js';
import { committedValidated } from './validated-files.js';

export class KnowledgeFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'KnowledgeFileError';
  }
}

/**
 * Every seed document in a folder; README.md and other notes (.md) are not documents. Folders and hidden files
 * are skipped, each with a note in `skipped` when given.
 */
export function readSeeds(dir: string, skipped: string[] = []): SeedFile[] {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => {
      if (entry.name.endsWith('.md')) return false;
      if (entry.name.startsWith('.')) skipped.push(`${entry.name}: hidden file, skipped`);
      else if (!entry.isFile()) skipped.push(`${entry.name}: not a file (a folder?), skipped`);
      else return true;
      return false;
    })
    .map((entry) => entry.name);
  return names.sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export function readCuratedInstitutions(dir = CURATED_DIR): Institution[] {
  const file = join(dir, 'institutions.json');
  return parseJsonFile(file, (data) => CuratedInstitutionsSchema.parse(data));
}

/** The JSON text written for an extract: stable key order, two-space indent, final newline (diff-friendly). */
export function extractJson(extract: DocumentExtract): string {
  return `${JSON.stringify(extract, null, 2)}\n`;
}

export function writeExtracts(extracts: DocumentExtract[], dir = EXTRACTED_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  return extracts.map((extract) => {
    const file = join(dir, `${extract.document.id}.json`);
    writeFileAtomic(file, extractJson(extract));
    return file;
  });
}

/** `validated`: the texts ingest has validated already, read without validating them again. */
export function readExtracts(dir = EXTRACTED_DIR, validated = committedValidated()): DocumentExtract[] {
  if (!existsSync(dir)) throw new KnowledgeFileError(dir, 'no extracted knowledge: run `npm run ingest`');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return parseJsonFile(
        file,
        (data) => DocumentExtractSchema.parse(data),
        (text) => validated.has(file, text),
      );
    });
}

/** The knowledge the assistant answers from: the committed extracts and the curated registry, validated. */
export function loadKnowledge(extractedDir = EXTRACTED_DIR, curatedDir = CURATED_DIR): Knowledge {
  const order = ['plan', 'report', 'programme', 'groups', 'bac'];
  const extracts = readExtracts(extractedDir).sort(
    (a, b) => order.indexOf(a.document.id) - order.indexOf(b.document.id),
  );
  return mergeExtracts(extracts, readCuratedInstitutions(curatedDir));
}

/**
 * Reads and validates a JSON file; either failure is a KnowledgeFileError that names the file. A text `trusted`
 * vouches for (validated by this very `validate` before) is only parsed.
 */
export function parseJsonFile<T>(file: string, validate: (data: unknown) => T, trusted?: (text: string) => boolean): T {
  let data: unknown;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
    data = JSON.parse(text);
  } catch (error) {
    throw new KnowledgeFileError(file, `not readable JSON (${(error as Error).message})`);
  }
  if (trusted?.(text)) return data as T; // why: this text passed `validate` at ingest (validated-files.ts)
  try {
    return validate(data);
  } catch (error) {
    throw new KnowledgeFileError(file, `does not match the knowledge model: ${summariseZod(error)}`);
  }
}

function summariseZod(error: unknown): string {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  if (!issues) return String(error);
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
