/**
 * Where the Teams bot may send: an activity's serviceUrl is where its replies go, and it is stored for the weekly
 * digests, so a forged one would make the server post to any host it can reach. With credentials only the Bot
 * Framework's own service hosts are accepted (over https); without them only loopback, and only while the server
 * itself listens on loopback (the local emulator case).
 */
import type { NextFunction, Request, Response } from 'express';
import { PlatformError } from '../../app/ports.js';
import { isLoopbackHost } from '../http/loopback.js';
import { sendProblem } from '../http/problem.js';

/** Public, government and national-cloud connector hosts of the Bot Framework. */
const SERVICE_HOSTS = [/^smba\.trafficmanager\.net$/, /^smba\.infra\.[a-z]+\.teams\.microsoft\.(com|us)$/];
const SERVICE_DOMAINS = ['.botframework.com', '.botframework.us', '.botframework.azure.cn'];

export type TeamsMode = 'authenticated' | 'anonymous';

export function isBotFrameworkServiceUrl(serviceUrl: string): boolean {
  const url = parse(serviceUrl);
  if (url?.protocol !== 'https:' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return SERVICE_HOSTS.some((pattern) => pattern.test(host)) || SERVICE_DOMAINS.some((d) => host.endsWith(d));
}

export function isLoopbackServiceUrl(serviceUrl: string): boolean {
  const url = parse(serviceUrl);
  return url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname);
}

/** Why an incoming activity may not be handled, or undefined when it may. */
export function refusal(serviceUrl: unknown, mode: TeamsMode, bindHost: string): string | undefined {
  if (typeof serviceUrl !== 'string') return 'the activity has no serviceUrl';
  if (mode === 'authenticated') {
    return isBotFrameworkServiceUrl(serviceUrl) ? undefined : 'the serviceUrl is not a Bot Framework service';
  }
  if (!isLoopbackHost(bindHost)) return 'Teams without credentials is served on loopback only';
  return isLoopbackServiceUrl(serviceUrl)
    ? undefined
    : 'without Teams credentials only a loopback serviceUrl is accepted';
}

/** Refuses, with 401 problem JSON, an activity this server must not answer: nothing is posted or stored. */
export function serviceUrlGuard(mode: TeamsMode, bindHost: string, warn: (obj: object, msg: string) => void) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const serviceUrl = (req.body as { serviceUrl?: unknown } | undefined)?.serviceUrl;
    const reason = refusal(serviceUrl, mode, bindHost);
    if (!reason) {
      next();
      return;
    }
    warn(
      { reason, serviceUrl: typeof serviceUrl === 'string' ? serviceUrl.slice(0, 200) : undefined },
      'Teams activity refused',
    );
    sendProblem(res, 401, reason);
  };
}

/** Checked again before a digest goes to a stored reference: one stored before these rules is not trusted. */
export function assertPostable(serviceUrl: unknown, appId: string | undefined): void {
  const mode: TeamsMode = appId ? 'authenticated' : 'anonymous';
  const reason = refusal(serviceUrl, mode, 'localhost');
  if (reason) throw new PlatformError(`Teams: stored conversation refused: ${reason}; reinstall the app there`, false);
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
