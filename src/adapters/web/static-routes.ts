/**
 * The page's files from public/ and teams-js's UMD build from node_modules, with a Content-Security-Policy that
 * allows only this origin's scripts and styles (the page has no inline script). No X-Frame-Options: the page
 * must load inside Teams as a tab.
 */
import { createRequire } from 'node:module';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { PROJECT_ROOT } from '../files/paths.js';

export const PUBLIC_DIR = `${PROJECT_ROOT}public`;
const ICON = `${PROJECT_ROOT}appPackage/color.png`;
const TEAMS_JS = createRequire(import.meta.url).resolve('@microsoft/teams-js');

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // teams-js (loaded only inside a host) fetches its list of valid domains from this one address.
  "connect-src 'self' https://res.cdn.office.net",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  next();
}

export function mountStatic(app: Express): void {
  app.get('/vendor/teams-js.min.js', securityHeaders, (_req, res) => {
    res.type('application/javascript').sendFile(TEAMS_JS);
  });
  app.get('/icon.png', (_req, res) => {
    res.sendFile(ICON);
  });
  app.use(securityHeaders, express.static(PUBLIC_DIR, { index: 'index.html', maxAge: 0 }));
}
