/**
 * WEB_ACCESS_TOKEN: whoever holds it may use the page and /api/*. The page asks for it once (POST /sign-in) and
 * keeps a session cookie, HttpOnly and SameSite=Strict, derived from the token, so changing the token signs
 * everyone out. Scripts may send `Authorization: Bearer <token>` instead. Without a token (a loopback-only
 * server) everything passes.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../../config.js';
import { sendProblem } from '../http/problem.js';

export const SESSION_COOKIE = 'assistant_session';
const MAX_AGE_S = 30 * 24 * 3600;

export class WebSession {
  private readonly cookieValue: string | undefined;
  private readonly secure: boolean;

  constructor(private readonly config: Pick<Config, 'WEB_ACCESS_TOKEN' | 'PUBLIC_URL'>) {
    const token = config.WEB_ACCESS_TOKEN;
    this.cookieValue = token ? createHmac('sha256', token).update('web-session').digest('base64url') : undefined;
    this.secure = config.PUBLIC_URL?.startsWith('https:') ?? false;
  }

  get required(): boolean {
    return this.cookieValue !== undefined;
  }

  /** Whether the request carries the session cookie or the token itself. */
  signedIn(req: Request): boolean {
    if (!this.cookieValue || !this.config.WEB_ACCESS_TOKEN) return true;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer !== undefined) return same(bearer, this.config.WEB_ACCESS_TOKEN);
    const cookie = cookieOf(req, SESSION_COOKIE);
    return cookie !== undefined && same(cookie, this.cookieValue);
  }

  tokenMatches(candidate: string): boolean {
    return this.config.WEB_ACCESS_TOKEN !== undefined && same(candidate.trim(), this.config.WEB_ACCESS_TOKEN);
  }

  setCookie(res: Response): void {
    const attributes = [
      'Path=/',
      'HttpOnly',
      'SameSite=Strict',
      `Max-Age=${MAX_AGE_S}`,
      ...(this.secure ? ['Secure'] : []),
    ];
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${this.cookieValue}; ${attributes.join('; ')}`);
  }

  /** For /api/*: 401 problem JSON unless signed in. */
  readonly guard = (req: Request, res: Response, next: NextFunction): void => {
    if (this.signedIn(req)) next();
    else sendProblem(res, 401, 'sign in on the page first (or send Authorization: Bearer <WEB_ACCESS_TOKEN>)');
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
