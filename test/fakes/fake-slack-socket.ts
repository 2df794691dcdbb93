/**
 * A fake Socket Mode server on 127.0.0.1 (ws): greets each connection with `hello` like Slack, sends the
 * envelopes a test gives it, and records what the app sends back (the acknowledgements, by envelope_id).
 */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export class FakeSlackSocket {
  readonly received: Record<string, unknown>[] = [];
  private server?: WebSocketServer;
  private socket?: WebSocket;

  get url(): string {
    const address = this.server?.address() as AddressInfo | null | undefined; // why: a listening TCP server has an AddressInfo
    if (!address) throw new Error('fake Socket Mode server not started');
    return `ws://127.0.0.1:${address.port}/link/?ticket=fake`;
  }

  get connected(): boolean {
    return this.socket !== undefined;
  }

  async start(): Promise<this> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server = server;
    server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        this.received.push(JSON.parse(String(data)) as Record<string, unknown>); // why: test-only parse of the app's ack
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0000' } }));
    });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return this;
  }

  send(envelope: unknown): void {
    if (!this.socket) throw new Error('no Socket Mode client connected');
    this.socket.send(JSON.stringify(envelope));
  }

  ackFor(envelopeId: string): Record<string, unknown> | undefined {
    return this.received.find((m) => m.envelope_id === envelopeId);
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    for (const client of server.clients) client.terminate();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
