/**
 * A documents desk for an adapter test's own runtime: the documents folder and DATA_DIR in a temporary folder, and
 * a swap that installs the new engine in the runtime's message handler deps, as build-runtime does.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentDesk } from '../../../src/adapters/files/document-desk.js';
import { EngineHolder } from '../../../src/app/engine-holder.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import type { Runtime } from '../../../src/runtime.js';

export function testDesk(runtime: Runtime): DocumentDesk<{ engine: AnswerEngine }> {
  const root = mkdtempSync(join(tmpdir(), 'desk-'));
  const holder = new EngineHolder({ engine: runtime.handle.engine }, (next) => {
    runtime.handle = { ...runtime.handle, engine: next.engine };
  });
  return new DocumentDesk({
    folder: join(root, 'documents'),
    dataDir: join(root, 'data'),
    engine: { holder, serve: (engine) => ({ engine }) },
    now: () => new Date(),
    log: { info() {}, error() {} },
  });
}
