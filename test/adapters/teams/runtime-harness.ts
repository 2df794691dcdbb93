/**
 * A real server for adapter tests: a Runtime like main.ts builds (engine, store, shared express app), the given
 * adapters started on it, listening on 127.0.0.1 on a free port. stop() stops the adapters and closes the server.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpApp, listen } from '../../../src/adapters/http/http-app.js';
import { createLogger } from '../../../src/adapters/log/logger.js';
import type { Db } from '../../../src/adapters/store/database.js';
import { type ChatDeps, MemoryConversations } from '../../../src/app/handle-message.js';
import type { LocalChannel } from '../../../src/app/ports.js';
import { loadConfig } from '../../../src/config.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import type { Runtime, Started } from '../../../src/runtime.js';

/** A Monday morning in Riga: every test sees the same "today". */
export const TEST_NOW = new Date('2026-11-23T08:00:00.000Z');

export type StartAdapter = (runtime: Runtime) => Promise<Started | undefined>;

export interface Harness {
  runtime: Runtime;
  url: string;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  engine: AnswerEngine;
  db: Db;
  adapters: StartAdapter[];
  env?: Record<string, string>;
  localChannel?: LocalChannel;
  /** Statuses and chat commands for handleChatMessage (from buildServices). */
  handle?: Pick<ChatDeps, 'statuses' | 'commands'>;
  /** Gives the runtime its documents desk, once the runtime exists. */
  documents?: (runtime: Runtime) => Runtime['documents'];
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const runtime: Runtime = {
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env }),
    logger: createLogger('silent'),
    db: options.db,
    http: createHttpApp(),
    handle: {
      engine: options.engine,
      conversations: new MemoryConversations(),
      now: () => TEST_NOW,
      ...options.handle,
    },
    messengers: [],
    ...(options.localChannel ? { localChannel: options.localChannel } : {}),
  };
  const documents = options.documents?.(runtime);
  if (documents) runtime.documents = documents;
  const started: Started[] = [];
  for (const start of options.adapters) {
    const adapter = await start(runtime);
    if (adapter) started.push(adapter);
  }
  const server = await listen(runtime.http.app, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    runtime,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      for (const adapter of started.reverse()) await adapter.stop();
      await closeServer(server);
    },
  };
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}
