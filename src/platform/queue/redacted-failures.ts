import type { Job, Queue } from 'bull';
import { redactError } from '../logging/error-redaction';

const redacting = new WeakSet<Queue>();

/**
 * Makes every processor of the queue fail with a redacted error: Bull stores a failure's message and
 * stack in the job (`failedReason`, `stacktrace`, shown on the queue board), and a failed query's
 * message holds the whole statement with its values. Wraps `process` before @nestjs/bull registers
 * the processors (when the application initialises), so no processor can forget it.
 */
export function redactFailures(queue: Queue): Queue {
  if (redacting.has(queue)) return queue;
  redacting.add(queue);
  const process = queue.process.bind(queue) as (...args: unknown[]) => Promise<void>;
  queue.process = ((...args: unknown[]) => {
    const handler = args[args.length - 1];
    if (typeof handler !== 'function') return process(...args);
    // Settle's processors return promises; one argument keeps Bull from treating it as callback style.
    const redacted = (job: Job) =>
      Promise.resolve()
        .then(() => (handler as (job: Job) => unknown)(job))
        .catch((error: unknown) => {
          throw redactError(error);
        });
    return process(...args.slice(0, -1), redacted);
  }) as Queue['process'];
  return queue;
}
