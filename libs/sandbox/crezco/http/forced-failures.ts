import { crezcoErrors, type CrezcoApiError } from './crezco-error';

/** A failure the admin asks for: 429, a 5xx, or a cut connection. */
export interface ForceFailure {
  /** 429, 500, 502, 503 or 504; or 0 for a connection cut without an answer. */
  status: number;
  /** How many of the next matching requests fail (default 1). */
  count?: number;
  /** Only requests whose path starts with this fail, e.g. `/v1/users` (default: any API request). */
  pathPrefix?: string;
  /** Only requests of this method fail. */
  method?: string;
  /** Sent as `Retry-After` with a 429 (default none: Crezco documents no rate limits). */
  retryAfterSeconds?: number;
}

interface Pending extends ForceFailure {
  remaining: number;
}

export type Forced = { kind: 'error'; error: CrezcoApiError } | { kind: 'connection_reset' };

/** The queue of failures the next API requests get, oldest first. */
export class ForcedFailures {
  private pending: Pending[] = [];

  add(failure: ForceFailure): void {
    if (failure.status !== 0 && failure.status !== 429 && (failure.status < 500 || failure.status > 599)) {
      throw new Error(`Forced failures are 429, 5xx or 0 (connection cut), not ${failure.status}`);
    }
    this.pending.push({ ...failure, remaining: failure.count ?? 1 });
  }

  take(method: string, path: string): Forced | undefined {
    const match = this.pending.find(
      (p) =>
        p.remaining > 0 &&
        path.startsWith(p.pathPrefix ?? '') &&
        (p.method === undefined || p.method.toUpperCase() === method),
    );
    if (!match) return undefined;
    match.remaining -= 1;
    this.pending = this.pending.filter((p) => p.remaining > 0);
    if (match.status === 0) return { kind: 'connection_reset' };
    const error =
      match.status === 429 ? crezcoErrors.tooManyRequests(match.retryAfterSeconds) : crezcoErrors.server(match.status);
    return { kind: 'error', error };
  }

  remaining(): number {
    return this.pending.reduce((sum, p) => sum + p.remaining, 0);
  }

  clear(): void {
    this.pending = [];
  }
}
