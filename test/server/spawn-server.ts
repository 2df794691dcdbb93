/**
 * Runs the real server (src/main.ts) as a child process with a given environment, for what only a whole process
 * shows: refusing to start, stopping on a signal. The output is collected; `exited` resolves with the exit code.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** Resolves once the output contains the text (rejects when the process ends first). */
  waitFor: (text: string) => Promise<void>;
}

export function spawnServer(
  env: Record<string, string>,
  command = [process.execPath, '--import', 'tsx', 'src/main.ts'],
  uid?: number,
): Spawned {
  const [file, ...args] = command as [string, ...string[]];
  const child = spawn(file, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  let text = '';
  const listeners: (() => void)[] = [];
  const collect = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = (wanted: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (text.includes(wanted)) resolve();
      };
      listeners.push(check);
      check();
      void exited.then(() => {
        if (!text.includes(wanted)) reject(new Error(`exited before printing "${wanted}":\n${text}`));
      });
    });
  return { child, output: () => text, exited, waitFor };
}
