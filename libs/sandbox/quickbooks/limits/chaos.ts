/** Trouble the admin can switch on for the Accounting API: added latency and random 429s and 500s. */
export interface ChaosSettings {
  latencyMs: number;
  /** Share (0..1) of requests answered 429 ThrottleExceeded. */
  share429: number;
  /** Share (0..1) of requests answered 500 SystemFault. */
  share500: number;
}

export const NO_CHAOS: ChaosSettings = { latencyMs: 0, share429: 0, share500: 0 };

export type ChaosOutcome = 'throttle' | 'error' | 'pass';

export function drawChaos(settings: ChaosSettings, random: () => number = Math.random): ChaosOutcome {
  const roll = random();
  if (roll < settings.share429) return 'throttle';
  if (roll < settings.share429 + settings.share500) return 'error';
  return 'pass';
}
