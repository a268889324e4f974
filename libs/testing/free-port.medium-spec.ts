import { createServer, type Server } from 'node:net';
import { FREE_PORTS, freePort } from './free-port';

const { lowest, highest } = FREE_PORTS;

/** What Math.random answers for freePort to draw `port`. */
const drawing = (port: number) => (port - lowest + 0.5) / (highest - lowest + 1);

function listenOn(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('freePort', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers a port below the ranges the kernel picks ephemeral ports from, which a server can then take', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThanOrEqual(lowest);
    // Linux's ephemeral ports start at 32768, macOS's at 49152.
    expect(port).toBeLessThan(32_768);
    await close(await listenOn(port));
  });

  it('draws again when something listens on the port it drew', async () => {
    const taken = await listenOn(await freePort());
    const takenPort = (taken.address() as { port: number }).port;
    const other = takenPort === lowest ? lowest + 1 : lowest;
    jest.spyOn(Math, 'random').mockReturnValueOnce(drawing(takenPort)).mockReturnValueOnce(drawing(other));
    try {
      expect(await freePort()).toBe(other);
    } finally {
      await close(taken);
    }
  });
});
