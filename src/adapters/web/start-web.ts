/**
 * The local web page (chat, deadline dashboard, local digest channel; also the Teams tab) and its JSON API on the
 * shared HTTP app: POST /api/ask, GET /api/deadlines, GET /api/digests, and the static files. Always on.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Runtime, Started } from '../../runtime.js';
import { askHandler, jsonBodyErrors } from './ask-route.js';
import { deadlinesHandler } from './deadlines-route.js';
import { digestsHandler } from './digests-route.js';
import { mountStatic } from './static-routes.js';

export async function startWeb(runtime: Runtime): Promise<Started | undefined> {
  let running = true;
  // Express cannot unmount routes, so after stop() the API answers 503 instead.
  const whileRunning = (_req: Request, res: Response, next: NextFunction) => {
    if (running) next();
    else res.status(503).json({ error: 'web adapter stopped' });
  };
  const app = runtime.http.app;
  app.post('/api/ask', whileRunning, express.json({ limit: '16kb' }), askHandler(runtime), jsonBodyErrors);
  app.get('/api/deadlines', whileRunning, deadlinesHandler(runtime));
  app.get('/api/digests', whileRunning, digestsHandler(runtime));
  mountStatic(app);
  runtime.http.health.web = 'up';
  return {
    name: 'web',
    stop: async () => {
      running = false;
      runtime.http.health.web = 'stopped';
    },
  };
}
