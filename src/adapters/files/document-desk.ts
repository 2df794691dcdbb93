/**
 * The documents added at run time: the documents folder holds the originals, the library their extraction, and
 * the engine holder what is served. Every change (the folder seen to change, an upload, a removal) is read
 * completely first and served by one swap of the engine; a file that cannot be read is named with the reason and
 * changes nothing that is served. Changes are handled one at a time, in order.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EngineHolder } from '../../app/engine-holder.js';
import type { AnswerEngine } from '../../core/answer/answer.js';
import { writeFileAtomic } from './atomic-write.js';
import { type AddedDocument, DocumentLibrary } from './document-library.js';
import { readAddedDocument, sha256 } from './read-added-document.js';
import { loadServedEngine } from './served-engine.js';

export interface DeskProblem {
  file: string;
  reason: { lv: string; en: string };
}

export type Added = { ok: true; document: AddedDocument } | ({ ok: false } & DeskProblem);

export interface DeskOptions<T> {
  folder: string;
  dataDir: string;
  /**
   * What is served, rebuilt with the engine over the stored documents after each change, and how to make it from
   * an engine. Without it (the command line) the desk only reads and stores: a running server's watcher serves.
   */
  engine?: { holder: EngineHolder<T>; serve: (engine: AnswerEngine) => T };
  now: () => Date;
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

/** What the adapters use: the list, a look at the folder, an upload, a removal. */
export interface Documents {
  readonly folder: string;
  list(): { documents: AddedDocument[]; problems: DeskProblem[] };
  sync(): Promise<void>;
  add(file: string, bytes: Uint8Array, via: AddedDocument['via'], addedBy?: string): Promise<Added>;
  remove(id: string): Promise<boolean>;
}

const SKIPPED = /^(\.|~\$)|^readme\.md$/i;

export class DocumentDesk<T> implements Documents {
  readonly folder: string;
  readonly library: DocumentLibrary;
  private queue: Promise<unknown> = Promise.resolve();
  /** Files that could not be read, by name, with the content's hash so an unchanged bad file is not read again. */
  private readonly failed = new Map<string, DeskProblem & { sha256: string }>();
  private servedKey: string;

  constructor(private readonly options: DeskOptions<T>) {
    this.folder = options.folder;
    this.library = new DocumentLibrary(options.dataDir);
    this.servedKey = keyOf(this.library.list());
  }

  /** Documents served (or about to be) and files that could not be read. */
  list(): { documents: AddedDocument[]; problems: DeskProblem[] } {
    return {
      documents: this.library.list(),
      problems: [...this.failed.values()].map(({ file, reason }) => ({ file, reason })),
    };
  }

  /** Reads the folder: added and replaced files are read, removed ones dropped, and the engine swapped if needed. */
  sync(): Promise<void> {
    return this.serial(async () => {
      await this.readFolder();
      await this.swapIfChanged();
    });
  }

  /** A file offered from chat, the web page or the command line: read, put in the folder, stored and served. */
  add(file: string, bytes: Uint8Array, via: AddedDocument['via'], addedBy?: string): Promise<Added> {
    return this.serial(async () => {
      const name = basename(file);
      const result = await this.read(name, bytes, via, addedBy);
      if (!result.ok) return result;
      mkdirSync(this.options.folder, { recursive: true });
      writeFileAtomic(join(this.options.folder, name), bytes);
      await this.swapIfChanged();
      return result;
    });
  }

  /** Removes a document: its file in the folder and its extraction; false when no document has the id. */
  remove(id: string): Promise<boolean> {
    return this.serial(async () => {
      const document = this.library.list().find((d) => d.id === id);
      if (!document) return false;
      rmSync(join(this.options.folder, document.file), { force: true });
      this.library.remove(id);
      await this.swapIfChanged();
      return true;
    });
  }

  private async readFolder(): Promise<void> {
    const { folder } = this.options;
    if (!existsSync(folder)) return;
    const names = readdirSync(folder).filter((n) => !SKIPPED.test(n) && statSync(join(folder, n)).isFile());
    const stored = this.library.list();
    for (const name of names) {
      const bytes = readFileSync(join(folder, name));
      const hash = sha256(bytes);
      if (stored.some((d) => d.file === name && d.sha256 === hash) || this.failed.get(name)?.sha256 === hash) continue;
      await this.read(name, bytes, 'folder');
    }
    for (const document of stored) if (!names.includes(document.file)) this.library.remove(document.id);
    for (const name of this.failed.keys()) if (!names.includes(name)) this.failed.delete(name);
  }

  /** Reads one file and stores it; a failure is remembered and logged, and the stored version (if any) kept. */
  private async read(name: string, bytes: Uint8Array, via: AddedDocument['via'], addedBy?: string): Promise<Added> {
    const stored = this.library.list();
    const before = stored.find((d) => d.file === name);
    const taken = new Set(stored.filter((d) => d !== before).map((d) => d.id));
    const result = await readAddedDocument({
      file: name,
      bytes,
      via,
      ...(addedBy ? { addedBy } : {}),
      now: this.options.now(),
      ...(before ? { id: before.id } : {}),
      taken,
    });
    if (!result.ok) {
      this.failed.set(name, { file: name, reason: result.reason, sha256: sha256(bytes) });
      this.options.log.error({ file: name, reason: result.reason.en }, 'document not added: cannot be read');
      return { ok: false, file: name, reason: result.reason };
    }
    this.failed.delete(name);
    // A known document read again under another file name replaces it; so does the same file's new version.
    for (const other of stored)
      if (other.id === result.document.id && other.file !== name) this.library.remove(other.id);
    this.library.save(result.document);
    this.options.log.info({ file: name, id: result.document.id, via }, 'document read');
    return { ok: true, document: result.document };
  }

  private async swapIfChanged(): Promise<void> {
    const documents = this.library.list();
    const key = keyOf(documents);
    const { engine } = this.options;
    if (key === this.servedKey || !engine) return;
    const rebuilt = await engine.holder.rebuild(() => engine.serve(loadServedEngine(documents.map((d) => d.extract))));
    if (rebuilt.ok) {
      this.servedKey = key;
      this.options.log.info({ documents: documents.map((d) => d.id) }, 'documents served');
    } else {
      this.options.log.error({ err: rebuilt.error }, 'documents not served: the engine could not be built');
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => {});
    return run;
  }
}

function keyOf(documents: AddedDocument[]): string {
  return documents.map((d) => `${d.id}:${d.sha256}`).join(',');
}
