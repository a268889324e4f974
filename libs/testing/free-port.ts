import { createServer } from 'node:net';

/**
 * Ports drawn from below the ranges the kernel takes ephemeral ports from (Linux's default
 * 32768–60999, macOS's 49152–65535): every outgoing connection's local port and every `listen(0)`.
 * A port the kernel picked and released can be handed to the next connection, and a test opens
 * dozens (PostgreSQL, Redis, the sandboxes) between drawing its port and listening on it, which then
 * fails with EADDRINUSE.
 */
export const FREE_PORTS = { lowest: 10_000, highest: 32_767 } as const;
const ATTEMPTS = 100;

/**
 * A TCP port free on the loopback now, for a server that must know its URL before it listens (Settle
 * and the sandboxes that call it). Drawn at random and checked by listening on it, so two processes
 * drawing at once almost never meet.
 */
export async function freePort(): Promise<number> {
  const { lowest, highest } = FREE_PORTS;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const port = lowest + Math.floor(Math.random() * (highest - lowest + 1));
    if (await canListen(port)) return port;
  }
  throw new Error(`No free port found between ${lowest} and ${highest} in ${ATTEMPTS} attempts`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
