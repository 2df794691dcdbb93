/**
 * The page that asks for WEB_ACCESS_TOKEN once, in Latvian and English: a plain form (no script, so the page's
 * Content-Security-Policy holds) that POSTs to /sign-in, which sets the session cookie and returns to the page.
 */
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { WebSession } from './web-session.js';

const WRONG = '<p class="error" role="alert">Nepareizs piekļuves kods. / Wrong access token.</p>';

export function signInHtml(wrong: boolean): string {
  return `<!doctype html>
<html lang="lv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Pieteikties / Sign in — Darba grupas asistents</title>
    <link rel="icon" type="image/png" href="/icon.png" />
    <link rel="stylesheet" href="/css/base.css" />
  </head>
  <body>
    <main class="sign-in">
      <h1>Darba grupas asistents</h1>
      <form method="post" action="/sign-in">
        <label for="token">Piekļuves kods / Access token</label>
        <input id="token" name="token" type="password" autocomplete="current-password" required autofocus />
        ${wrong ? WRONG : ''}
        <button type="submit">Pieteikties / Sign in</button>
      </form>
      <p>Kodu izsniedz servera uzturētājs (WEB_ACCESS_TOKEN). / The server's operator gives out the token.</p>
    </main>
  </body>
</html>
`;
}

/** Page paths a browser may fetch before signing in: the sign-in page's own style and icon. */
const OPEN_PATHS = /^\/(css\/|icon\.png$|vendor\/)/;

/**
 * Serves the sign-in page instead of the web page while not signed in; POST /sign-in checks the token. Only
 * GET and HEAD of page paths are gated: /api/* has its own guard, Slack's and Teams' routes their own checks.
 */
export function mountSignIn(app: Express, session: WebSession, sameOrigin: RequestHandler): void {
  if (!session.required) return;
  app.post('/sign-in', sameOrigin, express.urlencoded({ extended: false, limit: '2kb' }), (req, res) => {
    const token = (req.body as { token?: unknown } | undefined)?.token;
    if (typeof token === 'string' && session.tokenMatches(token)) {
      session.setCookie(res);
      res.redirect(303, '/');
      return;
    }
    res.status(401).type('html').send(signInHtml(true));
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const page = (req.method === 'GET' || req.method === 'HEAD') && !/^\/(api|slack)\//.test(req.path);
    if (!page || OPEN_PATHS.test(req.path) || req.path === '/healthz' || session.signedIn(req)) next();
    else res.status(401).type('html').send(signInHtml(false));
  });
}
