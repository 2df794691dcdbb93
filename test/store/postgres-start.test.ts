/**
 * Start-up on a PostgreSQL store that cannot be used: the real server refuses with exit status 78 (so a supervisor
 * does not restart it in a loop), naming the host and never the password; a DATABASE_URL that is not PostgreSQL's
 * is refused by the configuration check.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnServer } from '../server/spawn-server.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'pg-start-'));

describe('starting on PostgreSQL', () => {
  it('refuses a server it cannot reach, naming the host but not the password', async () => {
    const server = spawnServer({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://bot:s3cret-pw@127.0.0.1:1/assistant' });
    expect(await server.exited).toBe(78);
    expect(server.output()).toContain('the PostgreSQL store at 127.0.0.1:1/assistant could not be opened');
    expect(server.output()).not.toContain('s3cret-pw');
  }, 60_000);

  it('refuses a DATABASE_URL that is not a PostgreSQL URL', async () => {
    const server = spawnServer({ DATA_DIR: dataDir(), DATABASE_URL: 'mysql://bot@db/assistant' });
    expect(await server.exited).toBe(78);
    expect(server.output()).toContain('DATABASE_URL');
    expect(server.output()).toContain('must be a PostgreSQL URL');
  }, 60_000);
});
