/**
 * Ingest: seed texts → validated, resolved extracts. Each file is parsed on its own, so a malformed or unknown
 * file is reported by name while the others still go through.
 */

import { parseBac } from '../core/documents/bac/parse-bac.js';
import { DOCUMENTS } from '../core/documents/catalogue.js';
import { parseGroups } from '../core/documents/groups/parse-groups.js';
import { parsePlan } from '../core/documents/plan/parse-plan.js';
import { parseProgramme } from '../core/documents/programme/parse-programme.js';
import { parseReport } from '../core/documents/report/parse-report.js';
import { type Assembled, assemble } from '../core/knowledge/assemble.js';
import {
  type DocumentExtract,
  DocumentExtractSchema,
  type Institution,
  type KnownDocumentId,
} from '../core/knowledge/model.js';

export interface SeedFile {
  name: string;
  text: string;
}

export interface IngestError {
  file: string;
  message: string;
}

export interface IngestResult extends Assembled {
  errors: IngestError[];
}

const PARSERS: Record<KnownDocumentId, (text: string) => DocumentExtract> = {
  plan: parsePlan,
  report: parseReport,
  programme: parseProgramme,
  groups: parseGroups,
  bac: parseBac,
};

const ORDER = Object.keys(DOCUMENTS) as KnownDocumentId[];

/** The document a seed file holds, by its name (`plan-….txt`, `report-….txt`, …), or undefined. */
export function documentOf(fileName: string): KnownDocumentId | undefined {
  return ORDER.find((id) => DOCUMENTS[id].file === fileName);
}

export function ingestSeeds(files: SeedFile[], institutions: Institution[]): IngestResult {
  const errors: IngestError[] = [];
  const parsed: DocumentExtract[] = [];
  for (const file of files) {
    const id = documentOf(file.name);
    if (!id) {
      const known = ORDER.map((d) => DOCUMENTS[d].file).join(', ');
      errors.push({ file: file.name, message: `unknown document: no parser for this file (expected one of ${known})` });
      continue;
    }
    try {
      parsed.push(DocumentExtractSchema.parse(PARSERS[id](file.text)));
    } catch (error) {
      errors.push({ file: file.name, message: `could not be read: ${describe(error)}` });
    }
  }
  parsed.sort(
    (a, b) => ORDER.indexOf(a.document.id as KnownDocumentId) - ORDER.indexOf(b.document.id as KnownDocumentId),
  );
  const assembled = assemble(parsed, institutions);
  // Canonical key order and nothing unknown: what is written is exactly what the schema describes.
  const extracts = assembled.extracts.map((e) => DocumentExtractSchema.parse(e));
  return { extracts, knowledge: assembled.knowledge, errors };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n').slice(0, 6).join(' ');
  return String(error);
}
