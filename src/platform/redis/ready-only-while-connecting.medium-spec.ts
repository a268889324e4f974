import { createServer, type Server, type Socket } from 'node:net';
import { dirname } from 'node:path';
import Redis, { type RedisOptions } from 'ioredis';
import { endRedisClient } from './close-redis-client';
import './ready-only-while-connecting';

/**
 * A server that accepts connections and never answers, as Redis looks to a client whose connection
 * has dropped on the way: the client's CLIENT SETNAME and SETINFO stay unanswered.
 */
class SilentServer {
  readonly sockets: Socket[] = [];
  private readonly server: Server;

  constructor(onConnection: (socket: Socket) => void = () => undefined) {
    this.server = createServer((socket) => {
      this.sockets.push(socket);
      socket.on('error', () => undefined);
      onConnection(socket);
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as { port: number }).port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client as Bull makes them: no ready check. */
function bullClient(options: RedisOptions): Redis {
  return new Redis({ host: '127.0.0.1', enableReadyCheck: false, ...options });
}

describe('a Redis client without a ready check (as Bull makes them)', () => {
  const clients: Redis[] = [];
  const servers: SilentServer[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  async function start(server: SilentServer): Promise<number> {
    servers.push(server);
    return server.listen();
  }

  function track(client: Redis): Redis {
    clients.push(client);
    client.on('error', () => undefined);
    return client;
  }

  it('is the one Bull uses, so that Bull gets the fix', () => {
    const bulls = require.resolve('ioredis', { paths: [dirname(require.resolve('bull'))] });
    expect(bulls).toBe(require.resolve('ioredis'));
  });

  it('ended while it names its connection, stays ended (Bull would wait for ever to see it end)', async () => {
    const port = await start(new SilentServer());
    const client = track(bullClient({ port, maxRetriesPerRequest: null, connectionName: 'settle-worker' }));
    await new Promise((resolve) => client.once('connect', resolve));

    endRedisClient(client);
    await wait(50);

    expect(client.status).toBe('end');
  });

  it('keeps reconnecting when each connection drops before Redis has answered it (redis/ioredis#2099)', async () => {
    const server = new SilentServer((socket) => setTimeout(() => socket.destroy(), 20));
    const port = await start(server);
    track(bullClient({ port, maxRetriesPerRequest: 0, retryStrategy: () => 50 }));

    await wait(600);

    expect(server.sockets.length).toBeGreaterThanOrEqual(3);
  });
});
