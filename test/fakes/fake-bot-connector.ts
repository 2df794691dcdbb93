/**
 * A fake Bot Connector on 127.0.0.1: the serviceUrl of the activities the tests send. It records every request
 * (path as sent, parsed JSON body) and answers 200 `{id}` like the real one, or a queued failure. Files a test
 * adds are served at GET /files/…, as the pre-authorised downloadUrl of a Teams file attachment.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  authorization?: string;
}

interface Failure {
  status: number;
  headers: Record<string, string>;
}

export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly failures: Failure[] = [];
  private server?: Server;
  private count = 0;
  private readonly files = new Map<string, Uint8Array>();
  /** GET requests for files, by path. */
  readonly downloads: string[] = [];

  /** A file as Teams offers it to the bot: a pre-authorised download URL on this fake. */
  addFile(name: string, bytes: Uint8Array): string {
    const path = `/files/${this.files.size + 1}/${encodeURIComponent(name)}`;
    this.files.set(path, bytes);
    return `${this.url.replace(/\/$/, '')}${path}`;
  }

  /** The serviceUrl, with the trailing slash the Bot Connector's URLs have. */
  get url(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('fake Bot Connector not started');
    return `http://127.0.0.1:${address.port}/`;
  }

  /** Answers the next request with this status instead of 200. */
  failNext(status: number, headers: Record<string, string> = {}): void {
    this.failures.push({ status, headers });
  }

  /** The activities posted (replies and proactive messages), in order; typing indicators apart. */
  activities(): ConnectorCall[] {
    return this.posted().filter((c) => c.body.type !== 'typing');
  }

  /** The typing indicators posted. */
  typing(): ConnectorCall[] {
    return this.posted().filter((c) => c.body.type === 'typing');
  }

  /** Every activity posted, typing indicators included, in order. */
  posted(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities'));
  }

  /** The activities updated in place (PUT …/activities/{id}), in order. */
  updates(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'PUT' && c.path.includes('/activities/'));
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      if (req.method === 'GET' && req.url?.startsWith('/files/')) {
        this.downloads.push(req.url);
        const file = this.files.get(req.url);
        res
          .writeHead(file ? 200 : 404, { 'content-type': 'application/octet-stream' })
          .end(file ? Buffer.from(file) : '');
        return;
      }
      void readBody(req).then((body) => {
        this.calls.push({
          method: req.method ?? '',
          path: req.url ?? '',
          body,
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        });
        const failure = this.failures.shift();
        if (failure) {
          res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
          res.end(JSON.stringify({ error: { code: 'Failure', message: `status ${failure.status}` } }));
          return;
        }
        this.count += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `msg-${this.count}` }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { raw: text };
  }
}
