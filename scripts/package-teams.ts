/**
 * `npm run package:teams [-- --out <dir>]`: the upload-ready Teams app package, dist/teams-app.zip by default,
 * built from manifest.json and appPackage/ with PUBLIC_URL, TEAMS_CLIENT_ID and TEAMS_APP_ID from the environment.
 * The logic lives in src/adapters/teams/package-app.ts, where the type checker and the tests see it.
 */
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/adapters/files/paths.js';
import { buildTeamsPackage, PackageError } from '../src/adapters/teams/package-app.js';

function outDir(args: string[]): string | undefined {
  const at = args.indexOf('--out');
  const dir = at >= 0 ? args[at + 1] : undefined;
  return dir ? resolve(dir) : undefined;
}

try {
  const dir = outDir(process.argv.slice(2));
  const { zipPath } = buildTeamsPackage(PROJECT_ROOT, process.env, dir);
  console.log(`Teams app package: ${zipPath}\nUpload it in Teams: Apps → Manage your apps → Upload an app.`);
} catch (error) {
  if (!(error instanceof PackageError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
