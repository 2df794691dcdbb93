/**
 * The store's health: a zero-length, corrupt or read-only database file is refused at start-up with its path and
 * what to do (and left as it was); /healthz answers 503 "not-ok" and says which when writes fail or the last
 * digest tick failed.
 */
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listen } from '../../src/adapters/http/http-app.js';
import { startScheduler } from '../../src/adapters/scheduler/start-scheduler.js';
import { DATABASE_FILE, openDatabase, type SqliteDb } from '../../src/adapters/store/database.js';
import { buildRuntime } from '../../src/build-runtime.js';
import { loadConfig } from '../../src/config.js';
import type { Started } from '../../src/runtime.js';
import { closeServer } from '../adapters/teams/runtime-harness.js';
import { addSubscription } from '../app/digest-harness.js';
import { spawnServer } from './spawn-server.js';

const dirs: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'assistant-store-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A used store: created, migrated, closed. */
function usedStore(): { dir: string; file: string } {
  const dir = dataDir();
  openDatabase(dir).close();
  return { dir, file: join(dir, DATABASE_FILE) };
}

const NOBODY = 65534;
const DAY_MS = 24 * 3600 * 1000;

interface Health {
  status: string;
  failing?: string[];
  store: { ok: boolean; problem?: string };
  digests: { ok: boolean; problem?: string };
}

describe('start-up refuses a store it cannot trust', () => {
  it('refuses a zero-length file and leaves it as it was', async () => {
    const dir = dataDir();
    const file = join(dir, DATABASE_FILE);
    writeFileSync(file, '');
    const server = spawnServer({ DATA_DIR: dir, DIGESTS_DISABLED: 'true' });
    expect(await server.exited).toBe(78);
    expect(server.output()).toContain(`${file} is empty (0 bytes)`);
    expect(statSync(file).size).toBe(0);
  }, 30_000);

  it('refuses a corrupt header, naming the file', async () => {
    const { dir, file } = usedStore();
    const bytes = readFileSync(file);
    bytes.write('this is no database!', 0);
    writeFileSync(file, bytes);
    const server = spawnServer({ DATA_DIR: dir, DIGESTS_DISABLED: 'true' });
    expect(await server.exited).toBe(78);
    expect(server.output()).toContain(file);
    expect(server.output()).toContain('restore it from a backup');
    expect(readFileSync(file).subarray(0, 20).toString()).toBe('this is no database!');
  }, 30_000);

  it('refuses a read-only file', async () => {
    const { dir, file } = usedStore();
    chmodSync(file, 0o444);
    // The superuser may write any file, so the server runs as an ordinary user here when the tests run as root.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      chmodSync(dir, 0o777);
      chownSync(dir, NOBODY, NOBODY);
    }
    const server = spawnServer({ DATA_DIR: dir, DIGESTS_DISABLED: 'true' }, undefined, asRoot ? NOBODY : undefined);
    expect(await server.exited).toBe(78);
    expect(server.output()).toContain(`${file} is not writable by this process`);
  }, 30_000);
});

describe('/healthz', () => {
  async function serve(dir: string, env: Record<string, string> = {}) {
    const runtime = await buildRuntime(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, ...env }));
    let started: Started | undefined;
    const server: Server = await listen(runtime.http.app, 0, '127.0.0.1');
    cleanups.push(async () => {
      await started?.stop();
      await closeServer(server);
      runtime.db.close();
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
    const health = async (): Promise<{ status: number; body: Health }> => {
      const response = await fetch(url);
      return { status: response.status, body: (await response.json()) as Health };
    };
    const start = async () => {
      started = await startScheduler(runtime);
    };
    return { runtime, start, health };
  }

  it('is ok on a healthy store, and not-ok with the reason once writes fail', async () => {
    const { runtime, health } = await serve(dataDir(), { DIGESTS_DISABLED: 'true' });
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', store: { ok: true } } });
    (runtime.db as SqliteDb).raw.pragma('query_only = ON');
    const failing = await health();
    expect(failing.status).toBe(503);
    expect(failing.body.digests).toBeUndefined();
    expect(failing.body).toMatchObject({ status: 'not-ok', failing: ['store'], store: { ok: false } });
    expect(failing.body.store.problem).toContain('readonly');
  }, 30_000);

  it('is not-ok when a digest could not run over a broken ledger, naming it', async () => {
    const dir = dataDir();
    const { runtime, start, health } = await serve(dir);
    if (!runtime.services) throw new Error('no services');
    await addSubscription(
      runtime.services,
      '3',
      { weekday: 1, hour: 9, minute: 0 },
      new Date(Date.now() - 30 * DAY_MS),
    );
    (runtime.db as SqliteDb).raw.exec('ALTER TABLE digest_ledger RENAME TO digest_ledger_lost');
    await start();
    await expect.poll(async () => (await health()).status, { timeout: 10_000 }).toBe(503);
    const { body } = await health();
    expect(body.failing).toEqual(['digests']);
    expect(body.digests.problem).toContain('could not run');
    expect(body.digests.problem).toContain('no such table: digest_ledger');
  }, 30_000);
});
