/**
 * A fake Slack Web API on 127.0.0.1, for the real WebClient (SLACK_API_URL / clientOptions.slackApiUrl) and for
 * Bolt's respond() (response URLs point here too). It records every call with its parsed parameters and answers
 * like Slack: `{ok: true, …}` with message timestamps, a channel history with metadata, apps.connections.open
 * with a local WebSocket URL. Tests can queue a failure for a method or hold a method's answer until a promise
 * settles. conversations.history pages like Slack's (newest first, `oldest`, `limit`, `cursor`); with `clock` set,
 * message timestamps follow that clock, so `oldest` can be tested against a moved clock. files.info describes the
 * files a test adds, and GET /files/… serves them to the bot token, as files.slack.com does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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
  /** The call takes effect first (a post is stored) and only its answer is the failure: a lost response. */
  afterEffect?: boolean;
}

export interface StoredMessage {
  ts: string;
  text: unknown;
  bot_id?: string;
  user?: string;
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
  /** When set, message timestamps are this clock's seconds (otherwise a fixed 1700000… sequence). */
  clock?: () => Date;
  private readonly failures = new Map<string, CannedAnswer[]>();
  private readonly holds = new Map<string, { until: Promise<unknown>; where: (c: SlackCall) => boolean }>();
  private readonly channels = new Map<string, StoredMessage[]>();
  private server?: Server;
  private count = 0;
  private readonly listeners: ((call: SlackCall) => void)[] = [];
  private readonly files = new Map<string, { name: string; bytes: Uint8Array; url?: string }>();
  /** Downloads of /files/…, with the Authorization header each came with. */
  readonly downloads: { path: string; authorization?: string }[] = [];

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

  /** Answers the next `method` call `where` accepts only once `until` settles (to see what the app does meanwhile). */
  hold(method: string, until: Promise<unknown>, where: (c: SlackCall) => boolean = () => true): void {
    this.holds.set(method, { until, where });
  }

  /** Messages from people, `count` of them, posted now (newest last) into `channel`. */
  addUserMessages(channel: string, count: number): void {
    for (let i = 0; i < count; i++) this.store(channel, { ts: this.nextTs(), text: `message ${i}`, user: 'U0PERSON' });
  }

  /** What a channel holds, oldest first. */
  messagesIn(channel: string): readonly StoredMessage[] {
    return [...(this.channels.get(channel) ?? [])].reverse();
  }

  /**
   * A file files.info describes: served from this fake's /files/ (its url_private_download), or, with `url`, said
   * to be elsewhere (a host the bot must not download from).
   */
  addFile(id: string, name: string, bytes: Uint8Array, url?: string): void {
    this.files.set(id, { name, bytes, ...(url ? { url } : {}) });
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
      if (req.method === 'GET' && req.url?.startsWith('/files/')) return this.download(req, res);
      void readBody(req).then(async (params) => {
        const path = req.url ?? '';
        const method = path.startsWith('/response/') ? 'response_url' : path.replace(/^\/api\//u, '');
        const authorization = req.headers.authorization;
        const call = { method, path, params, ...(authorization ? { authorization } : {}) };
        this.calls.push(call);
        for (const listener of this.listeners) listener(call);
        const hold = this.holds.get(method);
        if (hold?.where(call)) {
          this.holds.delete(method);
          await hold.until;
        }
        const failure = this.failures.get(method)?.shift();
        if (failure?.afterEffect) this.answer(method, params);
        const answer = failure ?? { status: 200, body: this.answer(method, params) };
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
    if (method === 'files.info') return this.fileInfo(String(params.file));
    return { ok: true };
  }

  private fileInfo(id: string): unknown {
    const file = this.files.get(id);
    if (!file) return { ok: false, error: 'file_not_found' };
    const url = file.url ?? `${this.origin}/files/${id}/${encodeURIComponent(file.name)}`;
    return {
      ok: true,
      file: { id, name: file.name, size: file.bytes.length, url_private: url, url_private_download: url },
    };
  }

  /** Like files.slack.com: the bytes with the bot's token, a 302 to the sign-in page without it. */
  private download(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '';
    const authorization = req.headers.authorization;
    this.downloads.push({ path, ...(authorization ? { authorization } : {}) });
    const file = this.files.get(path.split('/')[2] ?? '');
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    if (!authorization?.startsWith('Bearer xoxb-')) {
      res.writeHead(302, { location: '/signin' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(file.bytes));
  }

  private nextTs(): string {
    this.count += 1;
    if (this.clock) return `${Math.floor(this.clock().getTime() / 1000)}.${String(this.count).padStart(6, '0')}`;
    return `1700000${String(this.count).padStart(3, '0')}.000100`;
  }

  private store(channel: string, message: StoredMessage): void {
    this.channels.set(channel, [message, ...(this.channels.get(channel) ?? [])]);
  }

  private post(params: Record<string, unknown>): unknown {
    const ts = this.nextTs();
    const channel = String(params.channel);
    this.store(channel, { ts, text: params.text, bot_id: FAKE_IDENTITY.bot_id, metadata: params.metadata });
    return { ok: true, channel, ts, message: { ts, text: params.text } };
  }

  /** Newest first, after `oldest` when given, `limit` a page (default 100), the offset as the cursor. */
  private history(params: Record<string, unknown>): unknown {
    const withMetadata = params.include_all_metadata === 'true';
    const oldest = params.oldest === undefined ? undefined : Number(params.oldest);
    const all = (this.channels.get(String(params.channel)) ?? []).filter(
      (m) => oldest === undefined || Number(m.ts) > oldest,
    );
    const from = Number(params.cursor ?? 0);
    const limit = Number(params.limit ?? 100);
    const page = all
      .slice(from, from + limit)
      .map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m));
    const more = from + limit < all.length;
    return {
      ok: true,
      messages: page,
      has_more: more,
      response_metadata: { next_cursor: more ? String(from + limit) : '' },
    };
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
