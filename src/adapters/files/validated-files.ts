/**
 * knowledge/index/validated.json: the content hash of every extract that `npm run ingest` validated against the
 * knowledge model. A start reads an extract whose text still has that hash without validating it again (the
 * model's check is most of the cost of reading the knowledge); any other text, edited or foreign, is validated as
 * always. The committed file is checked for staleness by a test, which also validates every extract.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DocumentExtractSchema } from '../../core/knowledge/model.js';
import { writeFileAtomic } from './atomic-write.js';
import { EXTRACTED_DIR, PROJECT_ROOT } from './paths.js';

export const VALIDATED_FILE = `${PROJECT_ROOT}knowledge/index/validated.json`;

const FORMAT = 'darba-grupas-validated/1';

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The texts a manifest vouches for; an unreadable or foreign manifest vouches for nothing. */
export class ValidatedFiles {
  private readonly hashes: ReadonlyMap<string, string>;

  constructor(manifest = VALIDATED_FILE) {
    this.hashes = readManifest(manifest);
  }

  /** Whether this very text of `file` was validated by ingest. */
  has(file: string, text: string): boolean {
    const hash = this.hashes.get(key(file));
    return hash !== undefined && hash === contentHash(text);
  }
}

let committed: ValidatedFiles | undefined;

/** The committed manifest, read once per process. */
export function committedValidated(): ValidatedFiles {
  committed ??= new ValidatedFiles();
  return committed;
}

/** Validates every extract in `dir` (throws on the first that fails) and gives the manifest's JSON text. */
export function validatedJson(dir = EXTRACTED_DIR): string {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    DocumentExtractSchema.parse(JSON.parse(text));
    files[key(file)] = contentHash(text);
  }
  return `${JSON.stringify({ format: FORMAT, files }, null, 2)}\n`;
}

export function writeValidated(dir = EXTRACTED_DIR, manifest = VALIDATED_FILE): string {
  writeFileAtomic(manifest, validatedJson(dir));
  committed = undefined;
  return manifest;
}

/** Files are named relative to the project, so the manifest holds no machine's paths. */
function key(file: string): string {
  return relative(PROJECT_ROOT, file).split('\\').join('/');
}

function readManifest(manifest: string): Map<string, string> {
  if (!existsSync(manifest)) return new Map();
  try {
    const data = JSON.parse(readFileSync(manifest, 'utf8')) as { format?: unknown; files?: unknown }; // why: checked next
    if (data.format !== FORMAT || typeof data.files !== 'object' || data.files === null) return new Map();
    return new Map(Object.entries(data.files).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return new Map();
  }
}
