/**
 * The document desk the command line uses: the same documents folder and DATA_DIR as the server (from `.env` and
 * the environment), reading and storing only; a running server's watcher sees the folder change and serves.
 */

import { loadConfig } from '../../config.js';
import { DocumentDesk } from '../files/document-desk.js';
import { loadEnvFile } from '../files/env-file.js';

export function cliDesk(): DocumentDesk<never> {
  loadEnvFile();
  const config = loadConfig();
  return new DocumentDesk<never>({
    folder: config.DOCUMENTS_DIR,
    dataDir: config.DATA_DIR,
    now: () => new Date(),
    log: { info() {}, error() {} },
  });
}
