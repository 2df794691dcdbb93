/** Starts watching the documents folder (DOCUMENTS_DIR) when the runtime serves documents added at run time. */
import type { Runtime, Started } from '../../runtime.js';
import { watchDocuments } from './watch-documents.js';

export async function startDocuments(runtime: Runtime): Promise<Started | undefined> {
  const { documents, logger } = runtime;
  if (!documents) return undefined;
  const watcher = watchDocuments(documents, documents.folder, {
    onError: (error) => logger.error({ err: error, folder: documents.folder }, 'documents folder: cannot be read'),
  });
  logger.info({ folder: documents.folder }, 'watching the documents folder');
  return { name: 'documents', stop: async () => watcher.stop() };
}
