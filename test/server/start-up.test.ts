/**
 * Start-up refusals of the real server process: listening beyond loopback needs WEB_ACCESS_TOKEN (or
 * WEB_DISABLED=true), and the message says how to fix it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Spawned, spawnServer } from './spawn-server.js';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'assistant-start-'));
  dirs.push(dir);
  return dir;
}

const servers: Spawned[] = [];

afterEach(() => {
  // A server left running by a failed assertion would outlive the test run.
  for (const server of servers.splice(0)) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('binding beyond loopback', () => {
  it('refuses to start on 0.0.0.0 without a token, saying how to fix it', async () => {
    const server = spawnServer({ HOST: '0.0.0.0', DATA_DIR: dataDir(), DIGESTS_DISABLED: 'true' });
    expect(await server.exited).toBe(78);
    expect(server.output()).toContain('HOST 0.0.0.0 is not loopback');
    expect(server.output()).toContain('WEB_ACCESS_TOKEN');
    expect(server.output()).not.toContain('Local chat:');
  }, 30_000);

  it('starts on 0.0.0.0 with the web page disabled', async () => {
    const env = { HOST: '0.0.0.0', WEB_DISABLED: 'true', DATA_DIR: dataDir(), DIGESTS_DISABLED: 'true' };
    const server = spawnServer({ ...env, LOG_LEVEL: 'info' });
    servers.push(server);
    await server.waitFor('assistant started');
    process.kill(-(server.child.pid as number), 'SIGTERM');
    expect(await server.exited).toBe(0);
  }, 30_000);
});
