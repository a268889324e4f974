import { join } from 'node:path';
import { WorkerThread } from './worker-thread';

describe('WorkerThread', () => {
  const thread = new WorkerThread<number | 'refuse' | 'stop', number>(join(__dirname, 'testing', 'doubling.thread.ts'));

  afterAll(() => thread.close());

  it('answers requests from a thread of its own, each with its own answer', async () => {
    await expect(Promise.all([1, 2, 3].map((n) => thread.request(n)))).resolves.toEqual([2, 4, 6]);
  });

  it("fails a request with the thread's error, and goes on answering", async () => {
    await expect(thread.request('refuse')).rejects.toThrow('refused by the thread');
    await expect(thread.request(5)).resolves.toBe(10);
  });

  it('fails what a thread that stops held, and starts a new one for the next request', async () => {
    await expect(thread.request('stop')).rejects.toThrow('exit code 3');
    await expect(thread.request(7)).resolves.toBe(14);
  });

  it('fails what waits when closed', async () => {
    const failed = expect(thread.request(1)).rejects.toThrow('was closed');
    await thread.close();
    await failed;
    await expect(thread.request(4)).resolves.toBe(8);
  });
});
