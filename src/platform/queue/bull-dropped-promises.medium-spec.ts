import Bull from 'bull';
import { testRedisUrl } from '../../../libs/testing';
import './bull-dropped-promises';
import { closeQueue } from './close-queue';

describe('a Bull queue closed while it is still connecting', () => {
  it('leaves no unhandled rejection and no open connection behind', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    const queue = new Bull('closed-while-connecting', testRedisUrl(), {
      prefix: process.env.QUEUE_PREFIX,
    });
    try {
      void queue.process(async () => undefined);
      await closeQueue(queue);
      // Node reports unhandled rejections, and a client its closing, after the turn's microtasks.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', record);
    }
    expect(unhandled).toEqual([]);
    expect(queue.clients.map((client) => client.status)).toEqual(queue.clients.map(() => 'end'));
  });
});
