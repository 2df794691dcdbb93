/**
 * `npm run ingest` as a process: a truncated plan is refused by name and its previous extract kept (unless
 * --accept-changes); folders and hidden files in the seeds folder are skipped with a note; nothing half-written.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXTRACTED_DIR, PROJECT_ROOT, SEEDS_DIR } from '../../../src/adapters/files/paths.js';

const PLAN = 'plan-2022-2025.txt';
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the seeds and of the committed extracts, so the run changes nothing in the project. */
function workspace(): { seeds: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'assistant-ingest-'));
  dirs.push(root);
  const seeds = join(root, 'seeds');
  const out = join(root, 'extracted');
  cpSync(SEEDS_DIR, seeds, { recursive: true });
  cpSync(EXTRACTED_DIR, out, { recursive: true });
  return { seeds, out };
}

function ingest(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/adapters/cli/ingest.ts', ...args],
      { cwd: PROJECT_ROOT },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The plan cut off after its first 40 % of lines, as a broken export or copy would leave it. */
function truncatePlan(seeds: string): void {
  const file = join(seeds, PLAN);
  const lines = readFileSync(file, 'utf8').split('\n');
  writeFileSync(file, lines.slice(0, Math.floor(lines.length * 0.4)).join('\n'));
}

const measures = (out: string) =>
  (JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as { measures: unknown[] }).measures.length;

describe('npm run ingest', () => {
  it('refuses a truncated plan by name and keeps the previous extract', async () => {
    const { seeds, out } = workspace();
    const before = readFileSync(join(out, 'plan.json'), 'utf8');
    truncatePlan(seeds);
    const run = await ingest([seeds, `--out=${out}`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error ${PLAN}: lost more than a tenth:`);
    expect(run.stderr).toMatch(new RegExp(`\\d+ measures where the previous extraction had ${measures(out)}`));
    expect(run.stderr).toContain('--accept-changes');
    expect(readFileSync(join(out, 'plan.json'), 'utf8')).toBe(before);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('writes the truncated plan when the change is accepted', async () => {
    const { seeds, out } = workspace();
    const before = measures(out);
    truncatePlan(seeds);
    const run = await ingest([seeds, `--out=${out}`, '--accept-changes']);
    expect(run.stderr).not.toContain('lost more than a tenth');
    expect(measures(out)).toBeLessThan(before * 0.9);
  }, 60_000);

  it('skips a folder and a hidden file with a note, and ingests the rest', async () => {
    const { seeds, out } = workspace();
    mkdirSync(join(seeds, 'old-versions'));
    writeFileSync(join(seeds, '.DS_Store'), 'binary');
    const run = await ingest([seeds, `--out=${out}`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('note old-versions: not a file (a folder?), skipped');
    expect(run.stdout).toContain('note .DS_Store: hidden file, skipped');
    expect(run.stdout).toContain(`${PLAN}: `);
  }, 60_000);
});
