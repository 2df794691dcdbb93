/** A runtime as main.ts builds it, over a temporary data folder and documents folder, logging nothing. */
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDocuments } from '../../../src/adapters/files/start-documents.js';
import { listen } from '../../../src/adapters/http/http-app.js';
import { createLogger } from '../../../src/adapters/log/logger.js';
import { startWeb } from '../../../src/adapters/web/start-web.js';
import { type ChatDeps, handleChatMessage, type Message } from '../../../src/app/handle-message.js';
import { buildRuntime } from '../../../src/build-runtime.js';
import { loadConfig } from '../../../src/config.js';

export async function documentsRuntime(env: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'documents-'));
  const folder = join(root, 'documents');
  const config = loadConfig({ DATA_DIR: join(root, 'data'), DOCUMENTS_DIR: folder, LOG_LEVEL: 'silent', ...env });
  const runtime = await buildRuntime(config, createLogger('silent'));
  return { runtime, folder, root };
}

let turn = 0;

/** The reply to a question through the message handler, with the deps given (the served ones by default). */
export async function ask(deps: ChatDeps, text: string) {
  turn += 1;
  const message: Message = { text, conversation: `web:test-${turn}` };
  return (await handleChatMessage(message, deps)).reply;
}

export interface DocumentsServer {
  url: string;
  folder: string;
  runtime: Awaited<ReturnType<typeof documentsRuntime>>['runtime'];
  stop(): Promise<void>;
}

/** The runtime served over real HTTP with the web page and the watched documents folder, as main.ts starts them. */
export async function documentsServer(env: Record<string, string> = {}): Promise<DocumentsServer> {
  const { runtime, folder } = await documentsRuntime(env);
  const started = [await startDocuments(runtime), await startWeb(runtime)];
  const server = await listen(runtime.http.app, 0, '127.0.0.1');
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    folder,
    runtime,
    async stop() {
      for (const s of started) await s?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.db.close();
    },
  };
}

/** Asks the page's API; the status and the reply. */
export async function askOver(
  url: string,
  question: string,
): Promise<{ status: number; found: boolean; text: string }> {
  const response = await fetch(`${url}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: question }),
  });
  const body = (await response.json()) as { found?: boolean; answer?: string };
  return { status: response.status, found: body.found === true, text: body.answer ?? '' };
}
