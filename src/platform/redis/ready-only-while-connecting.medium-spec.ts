import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import Redis, { type RedisOptions } from 'ioredis';
import { RedisLink, testRedisUrl, waitFor } from '../../../libs/testing';
import { endRedisClient } from './close-redis-client';
import './ready-only-while-connecting';

describe('a Redis client without a ready check (as Bull makes them)', () => {
  const clients: Redis[] = [];
  let link: RedisLink;

  beforeEach(() => {
    link = new RedisLink();
  });

  afterEach(async () => {
    // disconnect() alone can leave a client that is between connections reconnecting.
    for (const client of clients.splice(0)) {
      endRedisClient(client);
      client.disconnect();
    }
    await link.down();
  });

  function bullClient(options: RedisOptions): Redis {
    const client = new Redis(link.url, { enableReadyCheck: false, ...options });
    clients.push(client);
    client.on('error', () => undefined);
    return client;
  }

  /** A subscriber to a channel of its own through the link, as Bull's event client is. */
  async function subscriber(options: RedisOptions): Promise<{ client: Redis; channel: string; heard: string[] }> {
    await link.up();
    const client = bullClient(options);
    const channel = `settle:test:${randomUUID()}`;
    const heard: string[] = [];
    client.on('message', (_channel: string, message: string) => heard.push(message));
    await client.subscribe(channel);
    return { client, channel, heard };
  }

  it('is the one Bull uses, so that Bull gets the fix', () => {
    const bulls = require.resolve('ioredis', { paths: [dirname(require.resolve('bull'))] });
    expect(bulls).toBe(require.resolve('ioredis'));
  });

  it('ended while it names its connection, stays ended (Bull would wait for ever to see it end)', async () => {
    await link.silence();
    const client = bullClient({ maxRetriesPerRequest: null, connectionName: 'settle-worker' });
    await new Promise((resolve) => client.once('connect', resolve));

    endRedisClient(client);
    await wait(50);

    expect(client.status).toBe('end');
  });

  it('keeps reconnecting when each connection drops before Redis has answered it (redis/ioredis#2099)', async () => {
    await link.silence(20);
    bullClient({ maxRetriesPerRequest: 0, retryStrategy: () => 50 });

    await wait(600);

    expect(link.accepted).toBeGreaterThanOrEqual(3);
  });

  it('a subscriber whose new connections drop before Redis answers hears its channel again once Redis does', async () => {
    const { channel, heard } = await subscriber({ maxRetriesPerRequest: 0, retryStrategy: () => 50 });
    await link.silence(20);
    const dropped = link.accepted + 2;
    await waitFor(() => link.accepted >= dropped);

    await link.up();
    const publisher = new Redis(testRedisUrl());
    clients.push(publisher);
    await waitFor(async () => {
      await publisher.publish(channel, 'back');
      return heard.includes('back');
    });

    expect(heard).toContain('back');
  });

  it('a subscriber ended while it sets up a new connection fails no command unheard', async () => {
    const { client } = await subscriber({ maxRetriesPerRequest: null, retryStrategy: () => 50 });
    await link.silence();
    await new Promise((resolve) => client.once('connect', resolve));
    const failures: string[] = [];
    const subscribe = client.subscribe.bind(client);
    jest.spyOn(client, 'subscribe').mockImplementation((...channels) => {
      const sent = subscribe(...channels);
      sent.catch((error: Error) => failures.push(error.message));
      return sent;
    });

    endRedisClient(client);
    await wait(50);

    expect(client.status).toBe('end');
    expect(failures).toEqual([]);
  });
});
