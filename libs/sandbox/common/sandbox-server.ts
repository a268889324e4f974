import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface SandboxServer {
  /** `http://127.0.0.1:<port>`. */
  baseUrl: string;
  port: number;
  /** Runs `beforeClose` (once, however often it is called), then stops the server and drops its connections. */
  close(): Promise<void>;
}

/** Listens with `app` on 127.0.0.1 (port 0 = a free one). */
export async function startSandboxServer(
  app: Express,
  port: number,
  beforeClose: () => Promise<void> | void = () => undefined,
): Promise<SandboxServer> {
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(port, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  const address = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: () => {
      closing ??= (async () => {
        await beforeClose();
        await closeServer(server);
      })();
      return closing;
    },
  };
}

export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
