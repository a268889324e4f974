/** How one request to a receiver ended: its status, or why there was none. */
export interface SendOutcome {
  /** A 2xx answer. */
  ok: boolean;
  /** What a delivery log keeps of it. */
  answer: { status: number } | { error: string };
}

/**
 * The plumbing every sandbox's webhook dispatcher shares: requests with a timeout, timers for
 * retries and delayed sends, and the sends in progress, so flush() can wait for them and close()
 * can stop everything. Timers are unref'd; close() cancels them and aborts requests in flight.
 * What is sent, signed, retried or duplicated is the dispatcher's business.
 */
export class WebhookSender {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private readonly sends = new Set<Promise<unknown>>();
  private isClosed = false;

  get closed(): boolean {
    return this.isClosed;
  }

  /** Sends waiting on a timer. */
  get scheduled(): number {
    return this.timers.size;
  }

  /** One request, aborted after `timeoutMs`; the answer's body is read and dropped. */
  async request(url: string, init: RequestInit, timeoutMs: number): Promise<SendOutcome> {
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(), timeoutMs).unref();
    try {
      const response = await fetch(url, { ...init, signal: controller.signal });
      await response.arrayBuffer();
      return { ok: response.ok, answer: { status: response.status } };
    } catch (error) {
      const message = controller.signal.aborted ? `timed out after ${timeoutMs} ms` : String(error);
      return { ok: false, answer: { error: message } };
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
  }

  /** Runs `run` after `delayMs`, unless closed or cancelled first. */
  later(delayMs: number, run: () => void): void {
    if (this.isClosed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, delayMs).unref();
    this.timers.add(timer);
  }

  /** After failed attempt number `attempt`, sends again on `delaysMs[attempt - 1]`; gives up when there is none. */
  retry(delaysMs: readonly number[], attempt: number, send: () => Promise<void>): void {
    const delay = delaysMs[attempt - 1];
    if (delay !== undefined) this.later(delay, () => void this.track(send()));
  }

  /** Counts a send as in progress until it settles. */
  track<T>(send: Promise<T>): Promise<T> {
    this.sends.add(send);
    void send.finally(() => this.sends.delete(send));
    return send;
  }

  /** Waits for every send in progress, and those they start (not for scheduled ones). */
  async flush(): Promise<void> {
    while (this.sends.size > 0) await Promise.allSettled([...this.sends]);
  }

  cancelScheduled(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.cancelScheduled();
    for (const controller of this.inFlight) controller.abort();
    await Promise.allSettled([...this.sends]);
  }
}
