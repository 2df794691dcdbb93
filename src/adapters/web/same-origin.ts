/**
 * /api/* answers only the page's own origin, on a host name this server serves. A foreign Origin (or a browser's
 * Sec-Fetch-Site: cross-site) is cross-site request forgery; a foreign Host is DNS rebinding, where an attacker's
 * name resolves to this machine. IP literals are accepted as hosts: rebinding always carries the attacker's name.
 */
import { isIP } from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../../config.js';
import { urlHost } from '../http/loopback.js';
import { sendProblem } from '../http/problem.js';

export function sameOrigin(config: Pick<Config, 'PUBLIC_URL'>) {
  const names = new Set(['localhost', ...(config.PUBLIC_URL ? [urlHost(config.PUBLIC_URL) ?? ''] : [])]);
  return (req: Request, res: Response, next: NextFunction): void => {
    const host = req.headers.host ?? '';
    if (!servedHost(host, names)) {
      sendProblem(
        res,
        403,
        `the Host ${host || '(none)'} is not one this server serves; open the page by its own address`,
      );
      return;
    }
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if ((origin !== undefined && !ownOrigin(origin, host)) || site === 'cross-site') {
      sendProblem(res, 403, `requests from ${origin ?? 'another site'} are not accepted; use the page itself`);
      return;
    }
    next();
  };
}

function servedHost(host: string, names: ReadonlySet<string>): boolean {
  const name = urlHost(`http://${host}`);
  if (!name) return false;
  return names.has(name.toLowerCase()) || isIP(name.replace(/^\[(.*)\]$/, '$1')) !== 0;
}

function ownOrigin(origin: string, host: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}
