/**
 * The one HTTP server: the local web chat and dashboard, the JSON API, the Teams endpoint, Slack's HTTP events and
 * the health check all share it (PORT). No global body parser: Slack verifies signatures over the raw body, so
 * each route parses its own.
 */
import { createServer, type Server } from 'node:http';
import express, { type Express } from 'express';

export interface HttpApp {
  app: Express;
  /** Health details adapters add to (whether each is up); served at /healthz. */
  health: Record<string, unknown>;
}

export function createHttpApp(): HttpApp {
  const app = express();
  app.disable('x-powered-by');
  const health: Record<string, unknown> = { status: 'ok' };
  app.get('/healthz', (_req, res) => {
    res.json(health);
  });
  return { app, health };
}

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
