import type { Queue } from 'bull';

/**
 * Closes a Bull queue and every Redis client it made. Bull 4 makes some of its clients lazily, and
 * a queue closed while it is still connecting (a process stopped while it starts) can make one
 * after it has disconnected the others and leave it open, which keeps the process alive.
 */
export async function closeQueue(queue: Queue): Promise<void> {
  await queue.close();
  for (const client of queue.clients) if (client.status !== 'end') client.disconnect();
}
