/**
 * The Teams app package: manifest.json (its {{PLACEHOLDERS}} filled from configuration) and the two icons, zipped
 * at the root as Teams' "Upload a custom app" expects. PUBLIC_URL must be https (Teams loads tabs over HTTPS
 * only); TEAMS_APP_ID defaults to the bot's client id, which Teams accepts as the app id.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { z } from 'zod';

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

const Guid = (name: string) =>
  z.guid({ message: `${name} must be a GUID (the Entra application id, e.g. 00000000-0000-0000-0000-000000000000)` });

const PackageEnvSchema = z.object({
  PUBLIC_URL: z
    .url({ message: 'PUBLIC_URL must be an absolute URL such as https://bot.example.lv' })
    .refine(
      (url) => url.startsWith('https://'),
      'PUBLIC_URL must start with https:// (Teams loads tabs over HTTPS only)',
    ),
  TEAMS_CLIENT_ID: Guid('TEAMS_CLIENT_ID'),
  TEAMS_APP_ID: Guid('TEAMS_APP_ID').optional(),
});

export type PackageEnv = z.infer<typeof PackageEnvSchema>;

const REQUIRED = ['PUBLIC_URL', 'TEAMS_CLIENT_ID'] as const;

export function readPackageEnv(env: Record<string, string | undefined>): PackageEnv {
  const missing = REQUIRED.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new PackageError(
      `Cannot build the Teams app package: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. ` +
        'Set PUBLIC_URL to the https address of this server and TEAMS_CLIENT_ID to the bot’s Entra application id.',
    );
  }
  const trimmed = Object.fromEntries(
    ['PUBLIC_URL', 'TEAMS_CLIENT_ID', 'TEAMS_APP_ID'].flatMap((k) => (env[k]?.trim() ? [[k, env[k]?.trim()]] : [])),
  );
  const parsed = PackageEnvSchema.safeParse(trimmed);
  if (!parsed.success) throw new PackageError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

/** The manifest with every placeholder replaced; a placeholder left over is an error, not a broken package. */
export function fillManifest(template: string, env: PackageEnv): unknown {
  const base = env.PUBLIC_URL.replace(/\/+$/, '');
  const values: Record<string, string> = {
    PUBLIC_URL: base,
    HOST: new URL(base).host,
    TEAMS_CLIENT_ID: env.TEAMS_CLIENT_ID,
    TEAMS_APP_ID: env.TEAMS_APP_ID ?? env.TEAMS_CLIENT_ID,
  };
  const filled = template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
  const left = /\{\{(\w+)\}\}/.exec(filled);
  if (left) throw new PackageError(`manifest.json has a placeholder this script does not know: ${left[0]}`);
  return JSON.parse(filled);
}

export interface PackageResult {
  zipPath: string;
  manifest: unknown;
}

/** Writes teams-app.zip (manifest.json, color.png, outline.png at the root) into outDir and returns where. */
export function buildTeamsPackage(
  rootDir: string,
  env: Record<string, string | undefined>,
  outDir = join(rootDir, 'dist'),
): PackageResult {
  const manifest = fillManifest(readFileSync(join(rootDir, 'manifest.json'), 'utf8'), readPackageEnv(env));
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    'color.png': readFileSync(join(rootDir, 'appPackage', 'color.png')),
    'outline.png': readFileSync(join(rootDir, 'appPackage', 'outline.png')),
  });
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, 'teams-app.zip');
  writeFileSync(zipPath, zip);
  return { zipPath, manifest };
}
