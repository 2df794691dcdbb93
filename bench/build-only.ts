/** The engine build alone at a corpus size too large for the answering benchmarks, in a process of its own. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/adapters/files/paths.js';

const run = promisify(execFile);
/** The cloned knowledge alone needs a few GiB at 1,000×; the child's heap limit is raised to hold it. */
const HEAP_LIMIT_MIB = 12_288;

export interface BuildOnly {
  factor: number;
  searchItems: number;
  engineBuildMs: number;
  knowledgeHeapMiB: number;
  engineHeapMiB: number;
  rssMiB: number;
  peakRssMiB: number;
}

export async function buildOnly(factor: number): Promise<BuildOnly> {
  const args = ['--expose-gc', `--max-old-space-size=${HEAP_LIMIT_MIB}`];
  const { stdout } = await run(
    process.execPath,
    [...args, join('dist', 'bench', 'build-only-child.js'), String(factor)],
    {
      cwd: PROJECT_ROOT,
      maxBuffer: 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as BuildOnly; // why: our own child's one line
}
