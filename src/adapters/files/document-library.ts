/**
 * The documents added at run time, with their extraction: one JSON file each in DATA_DIR/documents, written
 * atomically, so that a restart serves them again without reading the originals. The documents folder holds the
 * originals; this holds what was read from them.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentExtractSchema, DocumentIdSchema } from '../../core/knowledge/model.js';
import { writeFileAtomic } from './atomic-write.js';
import { parseJsonFile } from './knowledge-files.js';

const QuestionSchema = z.object({ lv: z.string(), en: z.string() });

export const AddedDocumentSchema = z.object({
  id: DocumentIdSchema,
  /** The file's name in the documents folder. */
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.string(),
  /** Where it came from: the folder itself, the command line, or an upload from chat or the web page. */
  via: z.enum(['folder', 'cli', 'web', 'slack', 'teams']),
  addedBy: z.string().optional(),
  kind: z.enum(['known', 'generic']),
  summary: z.object({
    title: z.string(),
    counts: z.array(z.object({ kind: z.string(), count: z.number().int() })),
    warnings: z.array(z.string()),
    examples: z.array(QuestionSchema),
  }),
  extract: DocumentExtractSchema,
});
export type AddedDocument = z.infer<typeof AddedDocumentSchema>;

export class DocumentLibrary {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'documents');
  }

  /** Every stored document, oldest first; one that cannot be read is left out and named in `problems`. */
  list(problems: string[] = []): AddedDocument[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
      .flatMap((name) => {
        try {
          return [parseJsonFile(join(this.dir, name), (data) => AddedDocumentSchema.parse(data))];
        } catch (error) {
          problems.push((error as Error).message);
          return [];
        }
      })
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  }

  save(document: AddedDocument): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(this.fileOf(document.id), `${JSON.stringify(AddedDocumentSchema.parse(document))}\n`);
  }

  remove(id: string): boolean {
    const file = this.fileOf(id);
    if (!existsSync(file)) return false;
    rmSync(file);
    return true;
  }

  private fileOf(id: string): string {
    return join(this.dir, `${DocumentIdSchema.parse(id)}.json`);
  }
}
