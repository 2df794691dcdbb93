/**
 * `npm run digest` as a deployment uses it: a child process over a fresh DATA_DIR, with subscriptions from a
 * DIGEST_CONFIG file. Previews print the digest and post nothing; --send posts through the configured adapter
 * (here the local web channel, read back from the store); bad options and names get messages that name them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/adapters/files/paths.js';
import { openDatabase } from '../../../src/adapters/store/database.js';
import { LocalDigestChannel } from '../../../src/adapters/web/local-channel.js';
import type { Digest } from '../../../src/core/digest/digest.js';

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(PROJECT_ROOT, 'src', 'adapters', 'cli', 'digest.ts');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function setup(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'digest-cli-'));
  const config = join(dir, 'digests.json');
  writeFileSync(
    config,
    JSON.stringify([
      { id: 'npais', target: { platform: 'web', id: 'local' }, scope: { groups: ['3'] } },
      { id: 'lm-en', target: { platform: 'web', id: 'local' }, scope: { institutions: ['LM'] }, language: 'en' },
    ]),
  );
  return { DATA_DIR: join(dir, 'data'), DIGEST_CONFIG: config, LOG_LEVEL: 'warn' };
}

async function digest(env: Record<string, string>, ...args: string[]): Promise<Outcome> {
  const { PATH = '', HOME = '' } = process.env;
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd: PROJECT_ROOT, env: { PATH, HOME, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function posted(env: Record<string, string>): Promise<Digest[]> {
  const db = openDatabase(env.DATA_DIR ?? '');
  try {
    return (await new LocalDigestChannel(db).list(10)).map((p) => p.digest);
  } finally {
    db.close();
  }
}

describe('npm run digest', () => {
  it('previews a working group at a Riga time without posting it', async () => {
    const env = setup();
    const out = await digest(env, '--preview', '--group', 'NPAIS', '--at', '2026-11-23T09:00');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /^Termiņu kopsavilkums: 3\. darba grupa “NPAIS darba grupa”\n2026\. gada 23\. novembris/u,
    );
    expect(out.stdout).toContain(
      '• 4.4.3 Veikti grozījumi tiesību aktos NPAIS pielāgošanai — LM (Labklājības ministrija)',
    );
    expect(out.stdout).toContain('nokavēts par 692 dienām · tēma: NPAIS');
    expect(await posted(env)).toEqual([]);
  }, 60_000);

  it('prints a stored subscription as JSON, in the language asked for', async () => {
    const env = setup();
    const out = await digest(env, '--subscription', 'npais', '--lang', 'en', '--json', '--at', '2026-11-23');
    expect(out.code).toBe(0);
    const shown = JSON.parse(out.stdout) as Digest;
    expect(shown).toMatchObject({ subscriptionId: 'npais', language: 'en', period: '2026-W48' });
    const overdue = shown.sections.find((s) => s.kind === 'overdue');
    expect(overdue?.lines.map((l) => l.id)).toEqual(['4.4.3', '4.4.4', '4.4.6', 'group 3']);
  }, 60_000);

  it('lists the subscriptions of the config file, then sends one now and lists that too', async () => {
    const env = setup();
    const listed = await digest(env, '--list');
    expect(listed.stdout).toContain(
      'npais  web:local  Mondays at 09:00 (Riga time)  lv  working group 3 “NPAIS darba grupa”',
    );
    expect(listed.stdout).toContain('lm-en  web:local  Mondays at 09:00 (Riga time)  en  LM');
    const sent = await digest(env, '--send', '--subscription', 'lm-en', '--at', '2026-11-24T10:30');
    expect(sent.code).toBe(0);
    expect(sent.stdout).toMatch(/^Posted to web:local \(message local-1\)\./u);
    const [only, ...rest] = await posted(env);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ subscriptionId: 'lm-en', language: 'en', period: 'manual-2026-11-24T10:30' });
  }, 60_000);

  it('names what it did not understand', async () => {
    const env = setup();
    const group = await digest(env, '--group', 'nope');
    expect(group.code).toBe(1);
    expect(group.stderr).toContain('--group "nope": no such working group. Known: standing');
    const institution = await digest(env, '--institution', 'XYZ');
    expect(institution.stderr).toContain('--institution "XYZ": not an institution of the documents');
    const option = await digest(env, '--bogus');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--bogus'");
    expect(option.stderr).toContain('usage: npm run digest');
    const at = await digest(env, '--group', '3', '--at', 'Monday');
    expect(at.stderr).toContain('--at "Monday": expected a Riga date and time');
    const missing = await digest(env, '--subscription', 'none');
    expect(missing.stderr).toContain('no subscription "none"; known: ');
    const send = await digest(env, '--send', '--group', '3');
    expect(send.stderr).toContain('--send needs --subscription <id>, or --to <platform:id>');
  }, 120_000);
});
