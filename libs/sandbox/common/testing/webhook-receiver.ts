import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from '../sandbox-server';

export interface ReceivedWebhook {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The status it was answered with. */
  status: number;
}

export interface WebhookReceiver<R extends ReceivedWebhook = ReceivedWebhook> {
  /** Where to send webhooks: the receiver's base plus the path it was started with. */
  url: string;
  received: R[];
  /** Status to answer the next requests with, one per request; 200 once they run out. */
  answerWith(...statuses: number[]): void;
  /** Holds every answer back this long (0 again after clear). */
  answerAfter(ms: number): void;
  /** Forgets what was received and the statuses still queued. */
  clear(): void;
  close(): Promise<void>;
}

/**
 * A bare HTTP server standing in for Settle's webhook endpoints: it records every request with its
 * raw body (to verify signatures on); `record` may add fields to what it keeps.
 */
export async function startWebhookReceiver<R extends ReceivedWebhook = ReceivedWebhook>(
  path = '',
  record: (request: ReceivedWebhook, url: URL) => R = (request) => request as R,
): Promise<WebhookReceiver<R>> {
  const received: R[] = [];
  const queued: number[] = [];
  let answerDelayMs = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const status = queued.shift() ?? 200;
      const request: ReceivedWebhook = {
        method: req.method ?? 'GET',
        path: url.pathname,
        headers: req.headers,
        rawBody: Buffer.concat(chunks).toString('utf8'),
        status,
      };
      received.push(record(request, url));
      res.statusCode = status;
      setTimeout(() => res.end(), answerDelayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    answerWith: (...statuses) => queued.push(...statuses),
    answerAfter: (ms) => {
      answerDelayMs = ms;
    },
    clear: () => {
      received.length = 0;
      queued.length = 0;
      answerDelayMs = 0;
    },
    close: () => closeServer(server),
  };
}
