/**
 * Work in flight, at most one per key: `run` starts the work for a key only when none is running,
 * and otherwise answers the running work's promise, so that callers who ask at the same moment
 * share one answer and their continuations run in the order they asked. Once the work settles, the
 * next `run` for its key starts it afresh.
 */
export class InFlight<K, V> {
  private readonly running = new Map<K, Promise<V>>();

  run(key: K, start: () => Promise<V>): Promise<V> {
    const running = this.running.get(key);
    if (running) return running;
    const started = start().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  /** The work running for the key, if any. */
  get(key: K): Promise<V> | undefined {
    return this.running.get(key);
  }

  /** Everything running now. */
  all(): Promise<V>[] {
    return [...this.running.values()];
  }
}
