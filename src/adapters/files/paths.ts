/** Where the project's files are, independent of the working directory the process was started in. */
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SEEDS_DIR = `${PROJECT_ROOT}seeds`;
export const EXTRACTED_DIR = `${PROJECT_ROOT}knowledge/extracted`;
export const CURATED_DIR = `${PROJECT_ROOT}knowledge/curated`;
