/**
 * `.env` in the working directory, read with Node's own loader at start-up. A variable already in the real
 * environment wins over the file; a missing file is no error (the environment alone is enough).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function loadEnvFile(file = resolve('.env')): string | undefined {
  if (!existsSync(file)) return undefined;
  process.loadEnvFile(file);
  return file;
}
