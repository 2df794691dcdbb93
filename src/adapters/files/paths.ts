/** Where the project's files are, independent of the working directory the process was started in. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder above this module that holds package.json: the same whether this runs from src/ (tsx) or
 * compiled from dist/src/.
 */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('project root not found: no package.json above the program');
    dir = up;
  }
  return `${dir}/`;
}

export const PROJECT_ROOT = projectRoot();
export const SEEDS_DIR = `${PROJECT_ROOT}seeds`;
export const EXTRACTED_DIR = `${PROJECT_ROOT}knowledge/extracted`;
export const CURATED_DIR = `${PROJECT_ROOT}knowledge/curated`;
