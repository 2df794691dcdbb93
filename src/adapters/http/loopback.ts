/**
 * Which addresses are this machine only. A name other than "localhost" is not trusted to be loopback: it could
 * resolve anywhere.
 */
import { isIP } from 'node:net';

export const LOOPBACK = '127.0.0.1';

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./.test(bare);
  return false;
}

/** The host part of a URL ("http://127.0.0.1:3978/" → "127.0.0.1"), or undefined when it is not a URL. */
export function urlHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
