/**
 * Memory under concurrent load: the real server (src/main.ts) as a child process, /api/ask asked the golden
 * questions by `concurrency` clients at once until `total` requests are answered. The server's RSS is read from
 * /proc before, right after, and after a few idle seconds. Figures only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/adapters/files/paths.js';
import type { GoldenQuestion } from './golden.js';
import { round } from './stats.js';

export interface ConcurrentAsk {
  requests: number;
  concurrency: number;
  failed: number;
  seconds: number;
  rssMiB: { afterStart: number; afterLoad: number; afterIdle: number };
}

const IDLE_MS = 5000;

export async function concurrentAsk(
  golden: GoldenQuestion[],
  total: number,
  concurrency: number,
): Promise<ConcurrentAsk> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-ask-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', DATA_DIR: dataDir, DIGESTS_DISABLED: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await serverUrl(child.stdout);
    const pid = child.pid as number;
    const questions = golden.map((q) => q.turns[0] ?? '');
    await ask(url, questions[0] ?? '');
    const afterStart = rss(pid);
    let next = 0;
    let failed = 0;
    const started = Date.now();
    const client = async () => {
      while (next < total) {
        const text = questions[next++ % questions.length] ?? '';
        if (!(await ask(url, text))) failed++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, client));
    const seconds = round((Date.now() - started) / 1000, 1);
    const afterLoad = rss(pid);
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return { requests: total, concurrency, failed, seconds, rssMiB: { afterStart, afterLoad, afterIdle: rss(pid) } };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function ask(url: string, text: string): Promise<boolean> {
  const response = await fetch(`${url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  await response.arrayBuffer();
  return response.ok;
}

export function serverUrl(stdout: NodeJS.ReadableStream | null): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const port = /localhost:(\d+)\//.exec(text)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    stdout?.on('end', () => reject(new Error(`server did not start: ${text}`)));
  });
}

/** Resident set size of a process in MiB (Linux /proc). */
function rss(pid: number): number {
  const kib = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return round(Number(kib ?? 0) / 1024, 1);
}
