/**
 * Errors as problem-details JSON (RFC 9457) on every route and in every mode: a short title and detail, never a
 * stack trace or a file path. The log keeps the detail. The last handlers of the HTTP app live here too.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../log/logger.js';

export interface Problem {
  type: 'about:blank';
  status: number;
  title: string;
  detail?: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  413: 'Payload too large',
  415: 'Unsupported media type',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function problem(status: number, detail?: string): Problem {
  return { type: 'about:blank', status, title: TITLES[status] ?? 'Error', ...(detail ? { detail } : {}) };
}

export function sendProblem(res: Response, status: number, detail?: string): void {
  res
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify(problem(status, detail)));
}

export function notFound(req: Request, res: Response): void {
  sendProblem(res, 404, `nothing at ${req.method} ${req.path}`);
}

/** Body-parser errors keep their 4xx status and a plain reason; anything else is a 500 with the detail logged. */
export function errorHandler(logger: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const status = clientStatus(error);
    if (status === undefined) logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
    else logger.warn({ status, type: (error as { type?: unknown }).type, path: req.path }, 'request refused');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendProblem(res, status ?? 500, status === undefined ? 'the server could not complete the request' : reason(error));
  };
}

function clientStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function reason(error: unknown): string {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.too.large') return 'the request body is too large';
  if (type === 'entity.parse.failed') return 'the body must be valid JSON';
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return 'the body must be UTF-8';
  return 'the request could not be read';
}
