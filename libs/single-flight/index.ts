/**
 * Calls that share one in-flight answer per key: while `load(arg)` runs, every call whose argument
 * has the same key gets its promise instead of starting another; once it settles, the next call
 * loads afresh. The callers' continuations then run in the order they called, whatever order
 * separate loads would have finished in.
 */
export function singleFlight<A, V>(keyOf: (arg: A) => unknown, load: (arg: A) => Promise<V>): (arg: A) => Promise<V> {
  const inFlight = new Map<unknown, Promise<V>>();
  return (arg) => {
    const key = keyOf(arg);
    const running = inFlight.get(key);
    if (running) return running;
    const started = load(arg).finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
}
