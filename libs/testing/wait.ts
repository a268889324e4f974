/**
 * Test helpers that wait for a condition instead of sleeping a guessed time. The generous
 * default timeouts cost nothing when things go well (they return as soon as the condition holds)
 * and keep tests steady on a loaded two-core machine.
 */
const DEFAULT_TIMEOUT_MS = 10_000;

/** Polls `check` until it stops throwing (an assertion, typically) and returns what it returned. */
export async function eventually<T>(
  check: () => Promise<T> | T,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  everyMs = 10,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}

/** Polls `probe` until it returns something other than undefined or false, and returns that. */
export function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  everyMs = 5,
): Promise<T> {
  return eventually(
    async () => {
      const value = await probe();
      if (value === undefined || value === false) throw new Error(`Condition not met within ${timeoutMs} ms`);
      return value;
    },
    timeoutMs,
    everyMs,
  );
}
