/**
 * The Teams app package: manifest.json filled from configuration validates against the offline v1.30 schema, the
 * icons have the sizes Teams requires, and `npm run package:teams` writes a zip with the three files at its root
 * (or names the missing variable).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/adapters/files/paths.js';
import { fillManifest, readPackageEnv } from '../../../src/adapters/teams/package-app.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS whose types declare only `default`; require gives the class itself.
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const SCHEMA = require.resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');

const ENV = {
  PUBLIC_URL: 'https://bot.example.lv/',
  TEAMS_CLIENT_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  TEAMS_APP_ID: '6fa459ea-ee8a-4ca4-894e-db77e160355e',
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(bytes: Uint8Array): { width: number; height: number; colourType: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20), colourType: bytes[25] ?? -1 };
}

function validate(manifest: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const check = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
  return check(manifest)
    ? []
    : (check.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
}

describe('Teams app package', () => {
  it('fills manifest.json into a valid v1.30 manifest with the bot, tabs and domain', () => {
    const manifest = fillManifest(readFileSync(join(PROJECT_ROOT, 'manifest.json'), 'utf8'), readPackageEnv(ENV));
    expect(validate(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      manifestVersion: '1.30',
      id: ENV.TEAMS_APP_ID,
      bots: [{ botId: ENV.TEAMS_CLIENT_ID, scopes: ['personal', 'team', 'groupChat'] }],
      staticTabs: expect.arrayContaining([
        expect.objectContaining({ contentUrl: 'https://bot.example.lv/?host=teams' }),
      ]),
      configurableTabs: [{ configurationUrl: 'https://bot.example.lv/teams-config.html' }],
      validDomains: ['bot.example.lv'],
    });
  });

  it('catches a broken manifest (the validator is not a no-op)', () => {
    const manifest = fillManifest(readFileSync(join(PROJECT_ROOT, 'manifest.json'), 'utf8'), readPackageEnv(ENV));
    expect(validate({ ...(manifest as object), accentColor: 'white' })).toEqual([
      '/accentColor must match pattern "^#[0-9a-fA-F]{6}$"',
    ]);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon with transparency', () => {
    expect(pngHeader(readFileSync(join(PROJECT_ROOT, 'appPackage/color.png')))).toMatchObject({
      width: 192,
      height: 192,
    });
    expect(pngHeader(readFileSync(join(PROJECT_ROOT, 'appPackage/outline.png')))).toEqual({
      width: 32,
      height: 32,
      colourType: 6,
    });
  });

  it('npm run package:teams writes an upload-ready zip', async () => {
    const out = mkdtempSync(join(tmpdir(), 'teams-package-'));
    dirs.push(out);
    const { stdout } = await run('npx', ['tsx', 'scripts/package-teams.ts', '--out', out], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...ENV },
    });
    expect(stdout).toContain('teams-app.zip');
    const files = unzipSync(readFileSync(join(out, 'teams-app.zip')));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(validate(manifest)).toEqual([]);
  });

  it('names the missing variable', async () => {
    const env = { ...process.env, PUBLIC_URL: '', TEAMS_CLIENT_ID: ENV.TEAMS_CLIENT_ID };
    const failure = await run('npx', ['tsx', 'scripts/package-teams.ts', '--out', tmpdir()], {
      cwd: PROJECT_ROOT,
      env,
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('PUBLIC_URL is not set');
  });
});
