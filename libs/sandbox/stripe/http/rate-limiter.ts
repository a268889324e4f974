/** Requests per account per second, in one-second windows; 0 means no limit. */
export class RateLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(public perSecond: number) {}

  /** True if the request may go on. */
  allow(accountId: string, nowMs = Date.now()): boolean {
    if (this.perSecond <= 0) return true;
    const window = this.windows.get(accountId);
    if (!window || nowMs - window.startMs >= 1000) {
      this.windows.set(accountId, { startMs: nowMs, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= this.perSecond;
  }

  reset(): void {
    this.windows.clear();
  }
}
