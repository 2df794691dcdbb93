/**
 * The Slack adapter under test, for real: a runtime with an in-memory store, a logger writing into an array, the
 * real answer engine and a config whose SLACK_API_URL is a fake Slack API on 127.0.0.1; startSlack mounts the app
 * on the shared HTTP server, listening on 127.0.0.1. Requests are signed like Slack signs them.
 */
import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { afterEach, beforeAll } from 'vitest';
import { loadEngine } from '../../../src/adapters/files/engine-files.js';
import { createHttpApp, listen } from '../../../src/adapters/http/http-app.js';
import { createLogger } from '../../../src/adapters/log/logger.js';
import { type SlackOptions, startSlack } from '../../../src/adapters/slack/start-slack.js';
import { openMemoryDatabase } from '../../../src/adapters/store/database.js';
import { MemoryConversations } from '../../../src/app/handle-message.js';
import { loadConfig } from '../../../src/config.js';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import type { Runtime, Started } from '../../../src/runtime.js';
import { FakeSlackApi, type SlackCall } from '../../fakes/fake-slack-api.js';

export const BOT_TOKEN = 'xoxb-0000-0000-faketoken';
export const APP_TOKEN = 'xapp-1-A0000-0000-fakeapptoken';
export const SIGNING_SECRET = 'fake-signing-secret-0000';

export interface Harness {
  runtime: Runtime;
  fake: FakeSlackApi;
  /** http://127.0.0.1:<port> of the shared server. */
  baseUrl: string;
  /** Every JSON log line written. */
  logs: string[];
  started: Started;
  close(): Promise<void>;
}

export interface HarnessOptions {
  now?: Date;
  slack?: SlackOptions;
  /** Socket Mode: the fake API hands out this WebSocket URL. */
  socketUrl?: string;
  /** Prepares the fake before the app starts (e.g. a failing auth.test). */
  beforeStart?: (fake: FakeSlackApi) => void;
  /** Prepares the shared HTTP app before the Slack routes are mounted. */
  prepareHttp?: (app: Express) => void;
  /** More settings (e.g. EDITOR_USERS). */
  env?: Record<string, string>;
  /** Gives the runtime its documents desk, once the runtime exists. */
  documents?: (runtime: Runtime) => Runtime['documents'];
}

export async function startHarness(engine: AnswerEngine, options: HarnessOptions = {}): Promise<Harness> {
  const fake = await new FakeSlackApi().start();
  if (options.socketUrl) fake.socketUrl = options.socketUrl;
  options.beforeStart?.(fake);
  const config = loadConfig({
    NODE_ENV: 'test',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    ...(options.socketUrl ? { SLACK_APP_TOKEN: APP_TOKEN } : {}),
    ...options.env,
  });
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(line) });
  const db = openMemoryDatabase();
  const http = createHttpApp();
  options.prepareHttp?.(http.app);
  const now = options.now;
  const runtime: Runtime = {
    config,
    logger,
    db,
    http,
    handle: { engine, conversations: new MemoryConversations(), now: () => now ?? new Date() },
    messengers: [],
  };
  const documents = options.documents?.(runtime);
  if (documents) runtime.documents = documents;
  const started = await startSlack(runtime, { retryConfig: { retries: 0 }, ...options.slack }).catch(async (error) => {
    await fake.close();
    throw error;
  });
  if (!started) throw new Error('startSlack did not start');
  const server = await listen(http.app, 0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`; // why: listening on TCP
  return { runtime, fake, baseUrl, logs, started, close: () => closeAll(started, server, fake, runtime) };
}

async function closeAll(started: Started, server: Server, fake: FakeSlackApi, runtime: Runtime): Promise<void> {
  await started.stop();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fake.close();
  runtime.db.close();
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs to /slack/events as Slack does: the exact body bytes signed with the signing secret. */
export async function postToSlackEvents(
  h: Harness,
  body: string,
  options: { form?: boolean; headers?: Record<string, string>; secret?: string } = {},
): Promise<Response> {
  const timestamp = Math.floor(Date.now() / 1000);
  return fetch(`${h.baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
}

/** Every text a person sees in a posted message: the fallback and each text in the blocks (not button values). */
export function shownText(call: SlackCall): string {
  const texts: string[] = [String(call.params.text ?? '')];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') texts.push(value);
        else walk(value);
      }
    }
  };
  walk(call.params.blocks);
  return texts.join('\n');
}

/** The button with this action id in a posted message's blocks. */
export function buttonIn(call: SlackCall, actionId: string): { value: string; text: string } | undefined {
  let found: { value: string; text: string } | undefined;
  const walk = (node: unknown): void => {
    if (found) return;
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const entries = Object.fromEntries(Object.entries(node));
      if (entries.type === 'button' && entries.action_id === actionId) {
        found = { value: String(entries.value ?? ''), text: JSON.stringify(entries.text) };
        return;
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(call.params.blocks);
  return found;
}

/**
 * The real engine loaded once per test file, and a harness started per test and closed after it: `await
 * harness()` in a test.
 */
export function useHarness(): (options?: HarnessOptions) => Promise<Harness> {
  let engine: AnswerEngine;
  let current: Harness | undefined;
  beforeAll(() => {
    engine = loadEngine();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options = {}) => {
    current = await startHarness(engine, options);
    return current;
  };
}
