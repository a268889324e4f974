import { request, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from './test-app';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request sent as it is, bytes and headers untouched (supertest serialises a Buffer body and
 * cannot send headers Node's parser refuses), to the test app's server listening on a free port.
 */
export async function rawRequest(
  app: TestApp,
  options: { method?: string; path: string; headers?: OutgoingHttpHeaders; body?: Buffer | string },
): Promise<RawAnswer> {
  const port = await portOf(app.app.getHttpServer());
  // Node's client sends a GET's or a DELETE's body without a length unless told: the server would read it as a second request.
  const length = options.body === undefined ? {} : { 'Content-Length': Buffer.byteLength(options.body) };
  return new Promise((resolve, reject) => {
    const sent = request(
      {
        port,
        host: '127.0.0.1',
        method: options.method ?? 'GET',
        path: options.path,
        headers: { ...length, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(options.body);
  });
}

async function portOf(server: Server): Promise<number> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}
