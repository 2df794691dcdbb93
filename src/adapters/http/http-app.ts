/**
 * The one HTTP server: the local web chat and dashboard, the JSON API, the Teams endpoint, Slack's HTTP events and
 * the health check all share it (PORT). No global body parser: Slack verifies signatures over the raw body, so
 * each route parses its own. Adapters add routes to `app`, which is mounted in a root app whose last handlers
 * answer every miss and every error as problem-details JSON.
 */
import { createServer, type Server } from 'node:http';
import express, { type Express } from 'express';
import { createLogger, type Logger } from '../log/logger.js';
import { errorHandler, notFound } from './problem.js';

export interface HttpApp {
  app: Express;
  /** Health details adapters add to (whether each is up); served at /healthz. An entry `{ ok: false }` is a failure. */
  health: Record<string, unknown>;
  /** Checks run on each /healthz (the store takes writes); a failing one makes it answer 503 "not-ok". */
  probes: Record<string, () => { ok: boolean; problem?: string } | Promise<{ ok: boolean; problem?: string }>>;
}

export function createHttpApp(logger: Logger = createLogger('silent')): HttpApp {
  const root = express();
  const app = express();
  for (const a of [root, app]) a.disable('x-powered-by');
  const health: Record<string, unknown> = { status: 'ok' };
  const probes: HttpApp['probes'] = {};
  app.get('/healthz', async (_req, res) => {
    const body = await healthReport(health, probes);
    res.status(body.status === 'ok' ? 200 : 503).json(body);
  });
  root.use(app);
  root.use(notFound);
  root.use(errorHandler(logger));
  return { app, health, probes };
}

async function healthReport(health: Record<string, unknown>, probes: HttpApp['probes']) {
  const body: Record<string, unknown> = { ...health };
  const failing: string[] = [];
  for (const [name, probe] of Object.entries(probes)) body[name] = await probe();
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false) failing.push(name);
  }
  body.status = failing.length === 0 ? 'ok' : 'not-ok';
  if (failing.length > 0) body.failing = failing;
  return body;
}

/** Serves the root app the given app is mounted in (or the app itself when it stands alone). */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  const root = (app as Express & { parent?: Express }).parent ?? app;
  return new Promise((resolve, reject) => {
    const server = createServer(root);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
