import type { SandboxLimits } from '../sandbox-options';

interface RealmUsage {
  /** Start times of the requests admitted in the current window, oldest first. */
  admitted: number[];
  inFlight: number;
}

/** QuickBooks' per-company limits: so many requests in a sliding window, so many at once. */
export class RateLimiter {
  private readonly usage = new Map<string, RealmUsage>();

  constructor(public limits: SandboxLimits) {}

  /** Admits a request and returns its release function, or undefined when the realm is over a limit. */
  tryAcquire(realmId: string, now = Date.now()): (() => void) | undefined {
    let usage = this.usage.get(realmId);
    if (!usage) {
      usage = { admitted: [], inFlight: 0 };
      this.usage.set(realmId, usage);
    }
    const windowStart = now - this.limits.windowMs;
    let expired = 0;
    while (expired < usage.admitted.length && usage.admitted[expired] <= windowStart) expired += 1;
    if (expired > 0) usage.admitted.splice(0, expired);
    if (usage.admitted.length >= this.limits.perMinute || usage.inFlight >= this.limits.concurrent) return undefined;
    usage.admitted.push(now);
    usage.inFlight += 1;
    const held = usage;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      held.inFlight -= 1;
    };
  }

  reset(): void {
    this.usage.clear();
  }
}
