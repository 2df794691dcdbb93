/**
 * The local web page (chat, deadline dashboard, local digest channel; also the Teams tab) and its JSON API on the
 * shared HTTP app: POST /api/ask, GET /api/deadlines, GET /api/digests, /api/documents, and the static files. Every /api/* route
 * answers only its own origin and, with WEB_ACCESS_TOKEN, only a signed-in page. WEB_DISABLED leaves it all out.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Runtime, Started } from '../../runtime.js';
import { sendProblem } from '../http/problem.js';
import { askHandler } from './ask-route.js';
import { deadlinesHandler } from './deadlines-route.js';
import { digestsHandler } from './digests-route.js';
import { documentsRouter } from './documents-route.js';
import { sameOrigin } from './same-origin.js';
import { mountSignIn } from './sign-in-page.js';
import { mountStatic } from './static-routes.js';
import { WebSession } from './web-session.js';

export async function startWeb(runtime: Runtime): Promise<Started | undefined> {
  if (runtime.config.WEB_DISABLED) return undefined;
  let running = true;
  // Express cannot unmount routes, so after stop() the API answers 503 instead.
  const whileRunning = (_req: Request, res: Response, next: NextFunction) => {
    if (running) next();
    else sendProblem(res, 503, 'the web page is stopped');
  };
  const app = runtime.http.app;
  const session = new WebSession(runtime.config);
  const origin = sameOrigin(runtime.config);
  const api = [whileRunning, origin, session.guard];
  app.post('/api/ask', ...api, express.json({ limit: '16kb' }), askHandler(runtime));
  app.get('/api/deadlines', ...api, deadlinesHandler(runtime));
  app.get('/api/digests', ...api, digestsHandler(runtime));
  app.use(documentsRouter(runtime, api));
  mountSignIn(app, session, origin);
  mountStatic(app);
  runtime.http.health.web = session.required ? 'up (token)' : 'up';
  return {
    name: 'web',
    stop: async () => {
      running = false;
      runtime.http.health.web = 'stopped';
    },
  };
}
