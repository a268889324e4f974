import { createServer, type Server } from 'node:net';
import { freePort } from './free-port';

const LOWEST = 10_000;
const RANGE = 32_767 - LOWEST + 1;

/** What Math.random answers for freePort to draw `port`. */
const drawing = (port: number) => (port - LOWEST + 0.5) / RANGE;

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
    expect(port).toBeGreaterThanOrEqual(LOWEST);
    expect(port).toBeLessThan(32_768);
    await close(await listenOn(port));
  });

  it('draws again when something listens on the port it drew', async () => {
    const taken = await listenOn(await freePort());
    const takenPort = (taken.address() as { port: number }).port;
    const other = takenPort === LOWEST ? LOWEST + 1 : LOWEST;
    jest.spyOn(Math, 'random').mockReturnValueOnce(drawing(takenPort)).mockReturnValueOnce(drawing(other));
    try {
      expect(await freePort()).toBe(other);
    } finally {
      await close(taken);
    }
  });
});
