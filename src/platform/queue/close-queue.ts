import type { Queue } from 'bull';
import { endRedisClient } from '../redis/close-redis-client';

/**
 * Closes a Bull queue and every Redis client it made. Bull 4 makes some of its clients lazily, and
 * a queue closed while it is still connecting (a process stopped while it starts) can make one
 * after it has disconnected the others and leave it open, which keeps the process alive. A client
 * that has lost its connection (Redis is down, or was a moment ago) is ended first, so that nothing
 * the close waits for waits on it.
 */
export async function closeQueue(queue: Queue): Promise<void> {
  for (const client of queue.clients) endRedisClient(client);
  await queue.close();
  for (const client of queue.clients) {
    endRedisClient(client);
    if (client.status !== 'end') client.disconnect();
  }
}
