/**
 * Downloads a file a platform offered, only from a host the bot trusts (never an arbitrary URL: the bot's token
 * goes with the request), without following redirects, and no larger than a limit.
 */

export class DownloadError extends Error {
  constructor(readonly reason: { lv: string; en: string }) {
    super(reason.en);
    this.name = 'DownloadError';
  }
}

export const DOWNLOAD_LIMIT = 20 * 1024 * 1024;

/** True when `url` is on one of the trusted origins (scheme and host) or an https host under a trusted suffix. */
export function isTrusted(url: string, origins: readonly string[], httpsSuffixes: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (origins.some((o) => new URL(o).origin === parsed.origin)) return true;
  return (
    parsed.protocol === 'https:' &&
    httpsSuffixes.some((s) => parsed.hostname === s || parsed.hostname.endsWith(`.${s}`))
  );
}

export async function downloadTrusted(
  url: string,
  trusted: { origins: readonly string[]; httpsSuffixes: readonly string[] },
  headers: Record<string, string> = {},
): Promise<Uint8Array> {
  if (!isTrusted(url, trusted.origins, trusted.httpsSuffixes)) {
    throw new DownloadError({
      lv: 'faila adrese nav no uzticama servera, tāpēc to nelejupielādēju.',
      en: 'the file is not on a host the bot trusts, so it was not downloaded.',
    });
  }
  const response = await fetch(url, { headers, redirect: 'error', signal: AbortSignal.timeout(30_000) }).catch(() => {
    throw new DownloadError({ lv: 'failu neizdevās lejupielādēt.', en: 'the file could not be downloaded.' });
  });
  if (!response.ok) {
    throw new DownloadError({
      lv: `failu neizdevās lejupielādēt (HTTP ${response.status}).`,
      en: `the file could not be downloaded (HTTP ${response.status}).`,
    });
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > DOWNLOAD_LIMIT) {
    throw new DownloadError({ lv: 'fails ir lielāks par 20 MB.', en: 'the file is larger than 20 MB.' });
  }
  return bytes;
}
