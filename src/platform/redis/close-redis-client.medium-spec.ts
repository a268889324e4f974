import Redis from 'ioredis';
import { freePort, testRedisUrl } from '../../../libs/testing';
import { closeRedisClient, endRedisClient } from './close-redis-client';

/** How the promise settled: 'done', or the message it failed with; 'pending' if not within `ms`. */
function outcomeWithin(promise: Promise<unknown>, ms: number): Promise<string> {
  const outcome = promise.then(
    () => 'done',
    (error: Error) => error.message,
  );
  const pending = new Promise<string>((resolve) => setTimeout(() => resolve('pending'), ms).unref());
  return Promise.race([outcome, pending]);
}

/** Like events.once, without failing on the 'error' that comes before it. */
function next(client: Redis, event: 'ready' | 'reconnecting'): Promise<void> {
  return new Promise((resolve) => client.once(event, () => resolve()));
}

/** A client that waits a minute between reconnections, so that it stays waiting while tested. */
function slowToReconnect(url: string): Redis {
  const client = new Redis(url, { retryStrategy: () => 60_000, maxRetriesPerRequest: null });
  client.on('error', () => undefined);
  return client;
}

describe('ending a Redis client that waits to reconnect', () => {
  const clients: Redis[] = [];

  afterEach(() => {
    for (const client of clients.splice(0)) client.disconnect();
  });

  it('fails the commands it queued while Redis was unreachable, where disconnect() leaves them waiting', async () => {
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    const disconnected = slowToReconnect(nowhere);
    const ended = slowToReconnect(nowhere);
    clients.push(disconnected, ended);
    await Promise.all([next(disconnected, 'reconnecting'), next(ended, 'reconnecting')]);
    const waiting = outcomeWithin(disconnected.get('settle:any'), 500);
    const failing = outcomeWithin(ended.get('settle:any'), 500);

    disconnected.disconnect();
    endRedisClient(ended);

    expect(await waiting).toBe('pending');
    expect(await failing).toBe('Connection is closed.');
    expect(ended.status).toBe('end');
    await expect(ended.get('settle:any')).rejects.toThrow('Connection is closed.');
  });

  it('fails the command that was in flight when the connection dropped', async () => {
    const client = slowToReconnect(testRedisUrl());
    clients.push(client);
    await next(client, 'ready');
    const blocked = outcomeWithin(client.blpop(`settle:end-redis-client:${process.pid}`, 0), 2000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    client.stream.destroy();
    await next(client, 'reconnecting');

    endRedisClient(client);

    expect(await blocked).toBe('Connection is closed.');
  });

  it('leaves a connected client alone', async () => {
    const client = slowToReconnect(testRedisUrl());
    clients.push(client);
    await next(client, 'ready');

    endRedisClient(client);

    expect(await client.ping()).toBe('PONG');
  });

  it('closes at shutdown without waiting for a Redis that is unreachable, failing what the client held', async () => {
    const client = slowToReconnect(`redis://127.0.0.1:${await freePort()}`);
    clients.push(client);
    await next(client, 'reconnecting');
    const failing = outcomeWithin(client.get('settle:any'), 1000);

    expect(await outcomeWithin(closeRedisClient(client), 1000)).toBe('done');
    expect(await failing).toBe('Connection is closed.');
  });
});
