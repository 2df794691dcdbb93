/**
 * A failed Bot Connector call as a PlatformError: 429 and 5xx are worth retrying (429 with its Retry-After), other
 * statuses are not; an error without a status (connection refused, token failure) is retried later too.
 */
import { PlatformError } from '../../app/ports.js';

interface HttpFailure {
  status: number;
  response?: { headers?: { get(name: string): string | null } };
}

function isHttpFailure(error: unknown): error is HttpFailure {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function toPlatformError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error;
  const message = `Teams: ${error instanceof Error ? error.message : String(error)}`;
  if (!isHttpFailure(error)) return new PlatformError(message, true);
  if (error.status === 429) {
    const wait = retryAfterMs(error.response?.headers?.get('retry-after'));
    return new PlatformError(message, true, wait);
  }
  return new PlatformError(message, error.status >= 500);
}
