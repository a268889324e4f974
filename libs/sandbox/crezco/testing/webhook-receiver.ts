import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CrezcoWebhookEvent } from '../../../crezco';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  rawBody: string;
  status: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Every event received, flattened from the JSON arrays (or bare objects) posted. */
  events(): CrezcoWebhookEvent[];
  /** Status to answer the next requests with, one per request; 200 once they run out. */
  answerWith(...statuses: number[]): void;
  clear(): void;
  close(): Promise<void>;
}

/** A bare HTTP server that records webhook POSTs with their raw bodies. */
export async function startWebhookReceiver(path = '/webhooks/crezco'): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const queued: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const status = queued.shift() ?? 200;
      received.push({ headers: req.headers, rawBody: Buffer.concat(chunks).toString('utf8'), status });
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    events: () =>
      received.flatMap((r) => {
        const parsed = JSON.parse(r.rawBody) as CrezcoWebhookEvent | CrezcoWebhookEvent[];
        return Array.isArray(parsed) ? parsed : [parsed];
      }),
    answerWith: (...statuses) => queued.push(...statuses),
    clear: () => {
      received.length = 0;
      queued.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
