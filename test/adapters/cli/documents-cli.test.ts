/**
 * `npm run documents` as a child process: --list shows a document added with `npm run ingest -- file` (its id,
 * title, file, what was found) and a file in the folder not read yet; --remove takes it out of the folder and
 * DATA_DIR; an unknown id is an error that lists the ids there are.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/adapters/files/paths.js';
import { NEW_TITLE, newDocumentDocx } from '../../fixtures/documents/new-document.js';

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const places = mkdtempSync(join(tmpdir(), 'documents-cli-'));
const ENV = { ...process.env, DATA_DIR: join(places, 'data'), DOCUMENTS_DIR: join(places, 'documents') };

async function cli(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(PROJECT_ROOT, 'src/adapters/cli', script), ...args], {
      cwd: PROJECT_ROOT,
      env: ENV,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run documents', () => {
  it('lists, removes, and names an unknown id', async () => {
    const file = join(places, 'jauniesu-plans.docx');
    writeFileSync(file, await newDocumentDocx());
    expect((await cli('ingest.ts', file)).code).toBe(0);
    writeFileSync(join(places, 'documents', 'vēl-nav.txt'), 'Teksts.');
    const listed = await cli('documents.ts', '--list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`jauniesu-plans  ${NEW_TITLE}`);
    expect(listed.stdout).toContain('file jauniesu-plans.docx');
    expect(listed.stdout).toMatch(/found: .*3 items/);
    expect(listed.stdout).toContain('not read yet (or not readable): vēl-nav.txt');
    const unknown = await cli('documents.ts', '--remove', 'nav-tada');
    expect([unknown.code, unknown.stderr.trim()]).toEqual([
      1,
      'error: no added document "nav-tada" (added: jauniesu-plans)',
    ]);
    const removed = await cli('documents.ts', '--remove', 'jauniesu-plans');
    expect(removed.code).toBe(0);
    expect(readdirSync(join(places, 'documents'))).toEqual(['vēl-nav.txt']);
    expect(existsSync(join(places, 'data', 'documents', 'jauniesu-plans.json'))).toBe(false);
    expect((await cli('documents.ts')).code).toBe(2);
  }, 120_000);
});
