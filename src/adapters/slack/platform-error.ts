/**
 * Slack Web API failures → PlatformError, which the digest scheduler understands: rate limits and server errors
 * are worth retrying (after Retry-After when Slack gives one), a missing channel or a bot not in it is not.
 */
import { webApi } from '@slack/bolt';
import { PlatformError } from '../../app/ports.js';
import { maskSecrets } from '../log/logger.js';

/** Platform error codes that a later attempt may get past; any other refusal is final. */
const RETRYABLE_CODES = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

export function toPlatformError(error: unknown, what: string): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return new PlatformError(`${what}: rate limited by Slack`, true, error.retryAfter * 1000);
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    const retryAfter = Number.parseInt(error.headers['retry-after'] ?? '', 10);
    const retryable = error.statusCode >= 500 || error.statusCode === 429;
    return new PlatformError(
      `${what}: Slack answered HTTP ${error.statusCode}`,
      retryable,
      Number.isNaN(retryAfter) ? undefined : retryAfter * 1000,
    );
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = error.data.error;
    return new PlatformError(`${what}: Slack refused (${code})`, RETRYABLE_CODES.has(code));
  }
  if (error instanceof webApi.WebAPIRequestError) {
    return new PlatformError(`${what}: Slack could not be reached (${maskSecrets(error.original.message)})`, true);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new PlatformError(`${what}: ${maskSecrets(message)}`, true);
}
