/** `.env` at start-up: the file fills what the environment lacks; the real environment wins; no file is no error. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnvFile } from '../../src/adapters/files/env-file.js';

const KEYS = ['ASSISTANT_ENV_TEST_A', 'ASSISTANT_ENV_TEST_B'];
let dir: string | undefined;

afterEach(() => {
  for (const key of KEYS) delete process.env[key];
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('.env', () => {
  it('fills unset variables and never overrides the real environment', () => {
    dir = mkdtempSync(join(tmpdir(), 'assistant-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, '# a comment\nASSISTANT_ENV_TEST_A=from-file\nASSISTANT_ENV_TEST_B="quoted value"\n');
    process.env.ASSISTANT_ENV_TEST_A = 'from-environment';
    expect(loadEnvFile(file)).toBe(file);
    expect(process.env.ASSISTANT_ENV_TEST_A).toBe('from-environment');
    expect(process.env.ASSISTANT_ENV_TEST_B).toBe('quoted value');
  });

  it('is optional', () => {
    expect(loadEnvFile(join(tmpdir(), 'no-such-folder-for-env', '.env'))).toBeUndefined();
  });
});
