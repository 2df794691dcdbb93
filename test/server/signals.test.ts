/**
 * Stopping: SIGTERM to `npm start` ends the whole process tree (npm, its shell and the server) within 10 s, and
 * SIGINT to the server process itself stops it cleanly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Spawned, spawnServer } from './spawn-server.js';

const STOP_WITHIN_MS = 10_000;
const dirs: string[] = [];
const running: Spawned[] = [];

afterEach(() => {
  for (const server of running.splice(0))
    if (groupAlive(server)) process.kill(-(server.child.pid as number), 'SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function start(command?: string[]): Spawned {
  const dir = mkdtempSync(join(tmpdir(), 'assistant-signal-'));
  dirs.push(dir);
  const server = spawnServer({ DATA_DIR: dir }, command);
  running.push(server);
  return server;
}

/** Whether any process of the child's group (it was spawned detached, as its group's leader) is still there. */
function groupAlive(server: Spawned): boolean {
  try {
    process.kill(-(server.child.pid as number), 0);
    return true;
  } catch {
    return false;
  }
}

async function groupEnded(server: Spawned): Promise<boolean> {
  const until = Date.now() + STOP_WITHIN_MS;
  while (Date.now() < until) {
    if (!groupAlive(server)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('stopping', () => {
  it('SIGTERM to npm start ends npm, its shell and the server', async () => {
    const server = start(['npm', 'start', '--silent']);
    await server.waitFor('Local chat:');
    process.kill(server.child.pid as number, 'SIGTERM');
    expect(await groupEnded(server)).toBe(true);
  }, 60_000);

  it('SIGINT to the server stops it with status 0', async () => {
    const server = start();
    await server.waitFor('Local chat:');
    process.kill(server.child.pid as number, 'SIGINT');
    expect(await server.exited).toBe(0);
    expect(await groupEnded(server)).toBe(true);
  }, 60_000);
});
