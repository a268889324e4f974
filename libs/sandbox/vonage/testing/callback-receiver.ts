import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCallback {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The fields, from the query string (GET), the form body or the JSON body. */
  params: Record<string, string>;
}

export interface CallbackReceiver {
  /** Base URL; add a path to tell callbacks apart (`${url}/dlr`). */
  url: string;
  received: ReceivedCallback[];
  /** Status to answer the next requests with, one per request; 200 once they run out. */
  answerWith(...statuses: number[]): void;
  /** The callbacks received on one path. */
  on(path: string): ReceivedCallback[];
  close(): Promise<void>;
}

function paramsOf(method: string, url: URL, headers: IncomingHttpHeaders, rawBody: string): Record<string, string> {
  if (method === 'GET') return Object.fromEntries(url.searchParams);
  if ((headers['content-type'] ?? '').startsWith('application/json'))
    return JSON.parse(rawBody) as Record<string, string>;
  return Object.fromEntries(new URLSearchParams(rawBody));
}

/** A bare HTTP server standing in for Settle's webhook endpoints: it records each request and its fields. */
export async function startCallbackReceiver(): Promise<CallbackReceiver> {
  const received: ReceivedCallback[] = [];
  const queued: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rawBody = Buffer.concat(chunks).toString('utf8');
      received.push({
        method,
        path: url.pathname,
        headers: req.headers,
        rawBody,
        params: paramsOf(method, url, req.headers, rawBody),
      });
      res.statusCode = queued.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answerWith: (...statuses) => queued.push(...statuses),
    on: (path) => received.filter((callback) => callback.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
