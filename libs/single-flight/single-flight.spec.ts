import { singleFlight } from './index';

/** A load whose answers the test settles by hand, counting the loads it was asked for. */
function manualLoad() {
  const pending: { key: string; resolve(value: string): void; reject(error: Error): void }[] = [];
  const load = (key: string) =>
    new Promise<string>((resolve, reject) => {
      pending.push({ key, resolve, reject });
    });
  return { load, pending };
}

describe('singleFlight', () => {
  it('gives the calls for a key made while its load runs the answer of that load, in the order they called', async () => {
    const { load, pending } = manualLoad();
    const get = singleFlight((key: string) => key, load);
    const order: string[] = [];
    const calls = ['first', 'second', 'third'].map((caller) =>
      get('a').then((value) => order.push(`${caller}:${value}`)),
    );
    expect(pending.map(({ key }) => key)).toEqual(['a']);
    pending[0].resolve('token-1');
    await Promise.all(calls);
    expect(order).toEqual(['first:token-1', 'second:token-1', 'third:token-1']);
  });

  it('loads each key on its own, telling arguments apart by their key', () => {
    const { load, pending } = manualLoad();
    const get = singleFlight((key: string) => key.toLowerCase(), load);
    void get('a');
    void get('b');
    void get('A');
    expect(pending.map(({ key }) => key)).toEqual(['a', 'b']);
  });

  it('loads afresh once the load before has settled', async () => {
    const { load, pending } = manualLoad();
    const get = singleFlight((key: string) => key, load);
    const before = get('a');
    pending[0].resolve('token-1');
    await expect(before).resolves.toBe('token-1');
    const after = get('a');
    expect(pending).toHaveLength(2);
    pending[1].resolve('token-2');
    await expect(after).resolves.toBe('token-2');
  });

  it('fails every call that shared a failed load, and the next call loads again', async () => {
    const { load, pending } = manualLoad();
    const get = singleFlight((key: string) => key, load);
    const shared = [get('a'), get('a')];
    pending[0].reject(new Error('connection lost'));
    await expect(Promise.all(shared)).rejects.toThrow('connection lost');
    await expect(shared[1]).rejects.toThrow('connection lost');
    const retried = get('a');
    expect(pending).toHaveLength(2);
    pending[1].resolve('token-2');
    await expect(retried).resolves.toBe('token-2');
  });
});
