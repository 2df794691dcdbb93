/**
 * Watches the documents folder: a change seen by the file system (debounced, since a copy arrives in several
 * writes) or the periodic look (for file systems that report nothing, such as some network mounts) makes the desk
 * read the folder again.
 */
import { existsSync, type FSWatcher, mkdirSync, watch } from 'node:fs';
import type { Documents } from './document-desk.js';

export interface WatchOptions {
  debounceMs?: number;
  pollMs?: number;
  onError?: (error: unknown) => void;
}

export function watchDocuments(desk: Documents, folder: string, options: WatchOptions = {}): { stop(): void } {
  const { debounceMs = 300, pollMs = 5000, onError = () => {} } = options;
  let timer: NodeJS.Timeout | undefined;
  const sync = () => void desk.sync().catch(onError);
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(sync, debounceMs);
  };
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(folder, soon);
    watcher.on('error', onError);
  } catch (error) {
    onError(error);
  }
  const poll = setInterval(sync, pollMs);
  poll.unref();
  sync();
  return {
    stop() {
      clearTimeout(timer);
      clearInterval(poll);
      watcher?.close();
    },
  };
}
