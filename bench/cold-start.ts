/**
 * Cold start: a fresh process running the compiled JavaScript (as `npm start` does; `npm run bench` builds it
 * first) until the knowledge is loaded and validated, the search state read and the first answer is out. Measured from outside (spawn → the child's report) and inside (from the
 * process's time origin), median of several runs, with the memory of a just-started process.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/adapters/files/paths.js';
import { median, mib, round } from './stats.js';

const run = promisify(execFile);

export interface ColdStart {
  runs: number;
  wallMs: number;
  inProcessReadyMs: number;
  importsMs: number;
  loadAndIndexMs: number;
  rssMiB: number;
  heapUsedMiB: number;
}

interface ChildReport {
  imported: number;
  loaded: number;
  ready: number;
  found: boolean;
  rss: number;
  heapUsed: number;
}

export async function coldStart(runs: number): Promise<ColdStart> {
  const reports: ChildReport[] = [];
  const walls: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { stdout } = await run(process.execPath, [join('dist', 'bench', 'cold-start-child.js')], {
      cwd: PROJECT_ROOT,
    });
    walls.push(performance.now() - t0);
    const report = JSON.parse(stdout) as ChildReport; // why: our own child's one line
    if (!report.found) throw new Error('cold start: the first answer was not found');
    reports.push(report);
  }
  return {
    runs,
    wallMs: round(median(walls), 1),
    inProcessReadyMs: round(median(reports.map((r) => r.ready)), 1),
    importsMs: round(median(reports.map((r) => r.imported)), 1),
    loadAndIndexMs: round(median(reports.map((r) => r.loaded - r.imported)), 1),
    rssMiB: mib(median(reports.map((r) => r.rss))),
    heapUsedMiB: mib(median(reports.map((r) => r.heapUsed))),
  };
}
