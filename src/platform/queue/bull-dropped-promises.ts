import Bull from 'bull';

/**
 * Bull 4 starts two promises that nobody handles: `Queue#process`, whose result @nestjs/bull's
 * explorer drops, and `Queue#setWorkerName` (CLIENT SETNAME on the blocking connection), which
 * `process` calls and drops itself. A queue closed while it is still connecting, as when a process
 * is stopped while it starts, rejects both ("Connection is closed.", or no reason at all), and Node
 * counts each as an unhandled rejection, which by default ends the process (and fails a Jest file).
 * Nothing is lost by handling them: Bull emits a failure to process as the queue's 'error' event
 * before it rejects, and the worker name only labels the connection in CLIENT LIST. Callers that
 * await either still see the rejection.
 */
type DroppedPromises = Record<'process' | 'setWorkerName', (...args: unknown[]) => Promise<unknown>>;

const queuePrototype = (Bull as unknown as { prototype: DroppedPromises }).prototype;

for (const method of ['process', 'setWorkerName'] as const) {
  const original = queuePrototype[method];
  if (typeof original !== 'function') throw new Error(`bull changed: Queue#${method} is gone`);
  queuePrototype[method] = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    result.catch(() => undefined);
    return result;
  };
}
