/** A server on another host or port than the platform fakes: a file "offered" there must never be fetched. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UntrustedHost {
  /** The URL of a path on it. */
  url(path: string): string;
  /** Every request it received, with the Authorization header it came with. */
  hits: { path: string; authorization?: string }[];
  close(): Promise<void>;
}

export async function startUntrustedHost(host = '127.0.0.1'): Promise<UntrustedHost> {
  const hits: UntrustedHost['hits'] = [];
  const server = createServer((req, res) => {
    hits.push({
      path: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    res.end('PK');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://${host}:${port}${path}`,
    hits,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
