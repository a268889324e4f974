import { createServer, Socket, type Server } from 'node:net';
import { freePort } from './free-port';
import { testRedisUrl } from './redis-url';

type Mode = { relay: true } | { relay: false; dropAfterMs?: number };

/**
 * A TCP link to the real Redis that a test can cut, silence and restore, as a Redis outage would.
 * Its port is drawn from outside the kernel's ephemeral range: while the link is down, a port from
 * that range can be taken by another test's server (supertest listens on one for each request), or
 * even met by a reconnecting client's own socket, and the clients would find something answering
 * that is not Redis.
 */
export class RedisLink {
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  private mode: Mode = { relay: true };
  port = 0;
  /** Connections the link has accepted, relayed or not. */
  accepted = 0;

  constructor(private readonly target = new URL(testRedisUrl())) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Relays every new connection to Redis. */
  async up(): Promise<void> {
    this.mode = { relay: true };
    await this.listen();
  }

  /**
   * Cuts every connection, then accepts new ones and never answers them, as Redis looks to a client
   * whose connection drops on the way; each is cut after `dropAfterMs` when it is given.
   */
  async silence(dropAfterMs?: number): Promise<void> {
    this.cut();
    this.mode = { relay: false, dropAfterMs };
    await this.listen();
  }

  /** Cuts every connection and stops listening: Redis is unreachable. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    this.cut();
    await closed;
  }

  private cut(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  private async listen(): Promise<void> {
    if (this.server) return;
    this.port ||= await freePort();
    const server = createServer((client) => this.accept(client));
    this.server = server;
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.port, '127.0.0.1', resolve));
  }

  private accept(client: Socket): void {
    this.accepted += 1;
    this.track(client);
    const mode = this.mode;
    if (!mode.relay) {
      if (mode.dropAfterMs !== undefined) setTimeout(() => client.destroy(), mode.dropAfterMs);
      return;
    }
    const redis = this.track(new Socket());
    redis.connect(Number(this.target.port || 6379), this.target.hostname);
    client.pipe(redis).pipe(client);
    client.on('close', () => redis.destroy());
    redis.on('close', () => client.destroy());
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    return socket;
  }
}
