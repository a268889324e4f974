import type { ProcessRole } from '../config/environment';

/** The role this process runs, read once; modules use it to decide what they register. */
export function currentRole(): ProcessRole {
  const role = process.env.ROLE ?? 'all';
  return role === 'api' || role === 'worker' ? role : 'all';
}

export const runsWorker = (): boolean => currentRole() !== 'api';
export const runsApi = (): boolean => currentRole() !== 'worker';

/** Queue processors, relays and schedulers are registered only where the worker role runs. */
export function workerOnly<T>(providers: T[]): T[] {
  return runsWorker() ? providers : [];
}
