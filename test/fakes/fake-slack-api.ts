/**
 * A fake Slack Web API on 127.0.0.1, for the real WebClient (SLACK_API_URL / clientOptions.slackApiUrl) and for
 * Bolt's respond() (response URLs point here too). It records every call with its parsed parameters and answers
 * like Slack: `{ok: true, …}` with message timestamps, a channel history with metadata, apps.connections.open
 * with a local WebSocket URL. Tests can queue a failure for a method or hold a method's answer until a promise
 * settles.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  /** The Web API method ("chat.postMessage"), or "response_url" for a POST to a response URL. */
  method: string;
  path: string;
  /** Form fields, with the JSON-valued ones (blocks, metadata, view…) parsed; a response URL's JSON body. */
  params: Record<string, unknown>;
  authorization?: string;
}

export interface CannedAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

interface StoredMessage {
  ts: string;
  text: unknown;
  bot_id: string;
  metadata?: unknown;
}

const JSON_FIELDS = new Set(['blocks', 'metadata', 'view', 'attachments']);

export const FAKE_IDENTITY = {
  team_id: 'T0000',
  user_id: 'U0BOT',
  bot_id: 'B0BOT',
  team: 'Fake',
  url: 'https://fake.slack/',
};

export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  /** What apps.connections.open hands out (a local fake Socket Mode server). */
  socketUrl = '';
  private readonly failures = new Map<string, CannedAnswer[]>();
  private readonly holds = new Map<string, Promise<unknown>>();
  private readonly channels = new Map<string, StoredMessage[]>();
  private server?: Server;
  private count = 0;
  private readonly listeners: ((call: SlackCall) => void)[] = [];

  private get origin(): string {
    const address = this.server?.address() as AddressInfo | null | undefined; // why: a listening TCP server has an AddressInfo
    if (!address) throw new Error('fake Slack API not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** SLACK_API_URL for the app under test. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  /** Calls `listener` as each call arrives (before it is answered): timing without polling. */
  onCall(listener: (call: SlackCall) => void): void {
    this.listeners.push(listener);
  }

  failNext(method: string, answer: CannedAnswer): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), answer]);
  }

  /** Answers the next `method` call only once `until` settles (to observe what the app does while it waits). */
  hold(method: string, until: Promise<unknown>): void {
    this.holds.set(method, until);
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Polls until `find` returns something; fails with `what` if it never does (a bound, not a timing check). */
  async waitFor<T>(find: () => T | undefined | false, what: string, limitMs = 15_000): Promise<T> {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const found = find();
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`fake Slack API: never saw ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  waitForCall(method: string, where: (c: SlackCall) => boolean = () => true): Promise<SlackCall> {
    return this.waitFor(() => this.callsTo(method).find(where), `a ${method} call`);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void readBody(req).then(async (params) => {
        const path = req.url ?? '';
        const method = path.startsWith('/response/') ? 'response_url' : path.replace(/^\/api\//u, '');
        const authorization = req.headers.authorization;
        const call = { method, path, params, ...(authorization ? { authorization } : {}) };
        this.calls.push(call);
        for (const listener of this.listeners) listener(call);
        const hold = this.holds.get(method);
        this.holds.delete(method);
        await hold;
        const answer = this.failures.get(method)?.shift() ?? { status: 200, body: this.answer(method, params) };
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private answer(method: string, params: Record<string, unknown>): unknown {
    if (method === 'auth.test') return { ok: true, ...FAKE_IDENTITY };
    if (method === 'chat.postMessage') return this.post(params);
    if (method === 'chat.postEphemeral') return { ok: true, message_ts: this.nextTs() };
    if (method === 'chat.update') return { ok: true, channel: params.channel, ts: params.ts, text: params.text };
    if (method === 'conversations.history') return this.history(params);
    if (method === 'apps.connections.open') return { ok: true, url: this.socketUrl };
    return { ok: true };
  }

  private nextTs(): string {
    this.count += 1;
    return `1700000${String(this.count).padStart(3, '0')}.000100`;
  }

  private post(params: Record<string, unknown>): unknown {
    const ts = this.nextTs();
    const channel = String(params.channel);
    const message: StoredMessage = { ts, text: params.text, bot_id: FAKE_IDENTITY.bot_id, metadata: params.metadata };
    this.channels.set(channel, [message, ...(this.channels.get(channel) ?? [])]);
    return { ok: true, channel, ts, message: { ts, text: params.text } };
  }

  private history(params: Record<string, unknown>): unknown {
    const withMetadata = params.include_all_metadata === 'true';
    const messages = (this.channels.get(String(params.channel)) ?? []).map(({ metadata, ...m }) =>
      withMetadata && metadata ? { ...m, metadata } : m,
    );
    return { ok: true, messages, has_more: false };
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer); // why: without setEncoding, http chunks are Buffers
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json'))
    return JSON.parse(text) as Record<string, unknown>; // why: test-only parse of what the SDK sent
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) params[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return params;
}
