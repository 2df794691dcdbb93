/**
 * Every platform call the digests make is bounded: it fails after `timeoutMs` (a platform that never answers
 * must not hold the other channels), and once shutdown begins it gets at most `graceMs` more. Such a failure is
 * uncertain: the request may have reached the platform, so a retry must first look for the post.
 */
import { PlatformError } from './ports.js';

export const DEFAULT_CALL_TIMEOUT_MS = 10_000;
/** How long a call already under way may still take once shutdown begins. */
export const SHUTDOWN_GRACE_MS = 4_000;

export interface CallBounds {
  timeoutMs: number;
  signal?: AbortSignal;
  graceMs?: number;
}

export function bounded<T>(call: () => Promise<T>, what: string, bounds: CallBounds): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timers: NodeJS.Timeout[] = [];
    const giveUp = (why: string) => reject(new PlatformError(`${what}: ${why}`, true, undefined, true));
    const onAbort = () =>
      timers.push(setTimeout(() => giveUp('abandoned at shutdown'), bounds.graceMs ?? SHUTDOWN_GRACE_MS));
    timers.push(setTimeout(() => giveUp(`no answer within ${bounds.timeoutMs} ms`), bounds.timeoutMs));
    if (bounds.signal?.aborted) onAbort();
    else bounds.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      for (const timer of timers) clearTimeout(timer);
      bounds.signal?.removeEventListener('abort', onAbort);
    };
    call().then(
      (value) => {
        done();
        resolve(value);
      },
      (error: unknown) => {
        done();
        reject(error);
      },
    );
  });
}

/** Waits `ms` with `sleep`, or less when shutdown begins; true when it was cut short by shutdown. */
export async function pause(ms: number, sleep: (ms: number) => Promise<void>, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return true;
  if (!signal) {
    await sleep(ms);
    return false;
  }
  let onAbort = () => {};
  const aborted = new Promise<true>((resolve) => {
    onAbort = () => resolve(true);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const result = await Promise.race([sleep(ms).then(() => false), aborted]);
  signal.removeEventListener('abort', onAbort);
  return result;
}
