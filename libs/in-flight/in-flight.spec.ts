import { InFlight } from './index';

/** Work whose answers the test settles by hand, one entry per start. */
function manualWork() {
  const started: { key: string; resolve(value: string): void; reject(error: Error): void }[] = [];
  const work = (key: string) => () =>
    new Promise<string>((resolve, reject) => {
      started.push({ key, resolve, reject });
    });
  return { work, started };
}

describe('InFlight', () => {
  it('gives the callers for a key while its work runs the answer of that work, in the order they asked', async () => {
    const { work, started } = manualWork();
    const inFlight = new InFlight<string, string>();
    const order: string[] = [];
    const calls = ['first', 'second', 'third'].map((caller) =>
      inFlight.run('a', work('a')).then((value) => order.push(`${caller}:${value}`)),
    );
    expect(started.map(({ key }) => key)).toEqual(['a']);
    started[0].resolve('token-1');
    await Promise.all(calls);
    expect(order).toEqual(['first:token-1', 'second:token-1', 'third:token-1']);
  });

  it('runs each key on its own, and tells what runs', () => {
    const { work, started } = manualWork();
    const inFlight = new InFlight<string, string>();
    const a = inFlight.run('a', work('a'));
    void inFlight.run('b', work('b'));
    void inFlight.run('a', work('a'));
    expect(started.map(({ key }) => key)).toEqual(['a', 'b']);
    expect(inFlight.get('a')).toBe(a);
    expect(inFlight.get('c')).toBeUndefined();
    expect(inFlight.all()).toHaveLength(2);
  });

  it('starts afresh once the work before has settled, and forgets settled work', async () => {
    const { work, started } = manualWork();
    const inFlight = new InFlight<string, string>();
    const before = inFlight.run('a', work('a'));
    started[0].resolve('token-1');
    await expect(before).resolves.toBe('token-1');
    expect(inFlight.get('a')).toBeUndefined();
    expect(inFlight.all()).toEqual([]);
    const after = inFlight.run('a', work('a'));
    expect(started).toHaveLength(2);
    started[1].resolve('token-2');
    await expect(after).resolves.toBe('token-2');
  });

  it('fails every caller that shared failed work, and the next run starts again', async () => {
    const { work, started } = manualWork();
    const inFlight = new InFlight<string, string>();
    const shared = [inFlight.run('a', work('a')), inFlight.run('a', work('a'))];
    started[0].reject(new Error('connection lost'));
    await expect(shared[0]).rejects.toThrow('connection lost');
    await expect(shared[1]).rejects.toThrow('connection lost');
    const retried = inFlight.run('a', work('a'));
    expect(started).toHaveLength(2);
    started[1].resolve('token-2');
    await expect(retried).resolves.toBe('token-2');
  });
});
