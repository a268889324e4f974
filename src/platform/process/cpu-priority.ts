import { setPriority } from 'node:os';

/**
 * Lowers the CPU priority of this process's main thread to `nice` (0 leaves it as it is), and
 * answers why the system refused, or null. The worker role runs so: on a host it shares with the
 * API, its bursts (an inbox backlog, a saga's events) would otherwise hold the CPU while a webhook
 * waits for its acknowledgement.
 */
export function lowerCpuPriority(nice: number): string | null {
  if (nice === 0) return null;
  try {
    setPriority(nice);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
