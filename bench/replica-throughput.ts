/**
 * /api/ask throughput with one replica and with two on one PostgreSQL: the real server (src/main.ts) as child
 * processes, the golden questions asked by `concurrency` clients, spread round-robin over the replicas. Figures only.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/adapters/files/paths.js';
import { ask, serverUrl } from './concurrent-ask.js';
import { round } from './stats.js';

export interface Throughput {
  replicas: number;
  requests: number;
  concurrency: number;
  failed: number;
  seconds: number;
  perSecond: number;
}

export async function replicaThroughput(
  databaseUrl: string,
  replicas: number,
  questions: string[],
  total: number,
  concurrency: number,
): Promise<Throughput> {
  const started = await Promise.all(Array.from({ length: replicas }, () => startReplica(databaseUrl)));
  try {
    const urls = started.map((s) => s.url);
    for (const url of urls) await ask(url, questions[0] ?? '');
    let next = 0;
    let failed = 0;
    const begin = Date.now();
    const client = async () => {
      while (next < total) {
        const n = next++;
        if (!(await ask(urls[n % urls.length] ?? '', questions[n % questions.length] ?? ''))) failed++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, client));
    const seconds = (Date.now() - begin) / 1000;
    return {
      replicas,
      requests: total,
      concurrency,
      failed,
      seconds: round(seconds, 1),
      perSecond: round(total / seconds, 1),
    };
  } finally {
    await Promise.all(started.map((s) => stop(s.child)));
  }
}

async function startReplica(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-replica-')),
      DATABASE_URL: databaseUrl,
      DIGESTS_DISABLED: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await serverUrl(child.stdout);
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}
