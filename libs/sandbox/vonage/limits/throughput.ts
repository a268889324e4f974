const WINDOW_MS = 1_000;

/**
 * Vonage's throughput limit: at most `perSecond` requests per API key within any one-second window
 * (a sliding window). Throttled requests are not counted, so a client that backs off gets through.
 */
export class Throughput {
  private readonly accepted = new Map<string, number[]>();

  constructor(public perSecond: number) {}

  /** Counts the request and says true, or says false (throttled) when the window is full. */
  admit(apiKey: string, now = Date.now()): boolean {
    const times = (this.accepted.get(apiKey) ?? []).filter((at) => now - at < WINDOW_MS);
    const admitted = times.length < this.perSecond;
    if (admitted) times.push(now);
    this.accepted.set(apiKey, times);
    return admitted;
  }

  reset(): void {
    this.accepted.clear();
  }
}
