/**
 * What every adapter is started with: configuration, logger, the answer engine, the store, the shared HTTP app
 * and the message handler. Built once in main.ts; tests build their own.
 */

import type { Documents } from './adapters/files/document-desk.js';
import type { HttpApp } from './adapters/http/http-app.js';
import type { Logger } from './adapters/log/logger.js';
import type { Db } from './adapters/store/database.js';
import type { ChatDeps } from './app/handle-message.js';
import type { LocalChannel, Messenger } from './app/ports.js';
import type { Config } from './config.js';
import type { Services } from './services.js';

export interface Runtime {
  config: Config;
  logger: Logger;
  db: Db;
  http: HttpApp;
  /** Everything handleChatMessage needs; adapters pass it through unchanged. */
  handle: ChatDeps;
  /** Messengers registered by the started platform adapters, for the digest scheduler. */
  messengers: Messenger[];
  /** The local web channel's posted digests, shown on the web page. */
  localChannel?: LocalChannel;
  /** Statuses, subscriptions, the digest ledger and the commands, when the store is open. */
  services?: Services;
  /** The documents added at run time (the documents folder, uploads), when the runtime serves them. */
  documents?: Documents;
}

/** A started adapter: stopped on shutdown in reverse order. */
export interface Started {
  name: string;
  stop(): Promise<void>;
}
