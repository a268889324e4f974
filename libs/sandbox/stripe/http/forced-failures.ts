import { stripeErrors, type StripeApiError } from './stripe-error';

/** A failure the admin asks for: Stripe's answers under load or trouble, or a cut connection. */
export type FailureKind = 'rate_limit' | 'lock_timeout' | 'api_error' | 'connection_reset';

export interface ForceFailure {
  kind: FailureKind;
  /** How many of the next matching requests fail (default 1). */
  count?: number;
  /** `Stripe-Should-Retry` to send (default: none for rate_limit and api_error, true for lock_timeout). */
  shouldRetry?: boolean;
  /** Only requests whose path starts with this fail, e.g. `/v1/checkout/sessions`. */
  pathPrefix?: string;
}

interface Pending {
  kind: FailureKind;
  remaining: number;
  shouldRetry?: boolean;
  pathPrefix: string;
}

export type Forced = { kind: 'error'; error: StripeApiError } | { kind: 'connection_reset' };

/** The queue of failures the next API requests get, oldest first. */
export class ForcedFailures {
  private pending: Pending[] = [];

  add(failure: ForceFailure): void {
    this.pending.push({
      kind: failure.kind,
      remaining: failure.count ?? 1,
      shouldRetry: failure.shouldRetry,
      pathPrefix: failure.pathPrefix ?? '',
    });
  }

  /** The failure this request gets, if any (and one fewer left to give). */
  take(path: string): Forced | undefined {
    const match = this.pending.find((p) => p.remaining > 0 && path.startsWith(p.pathPrefix));
    if (!match) return undefined;
    match.remaining -= 1;
    this.pending = this.pending.filter((p) => p.remaining > 0);
    if (match.kind === 'connection_reset') return { kind: 'connection_reset' };
    const error =
      match.kind === 'rate_limit'
        ? stripeErrors.rateLimit(match.shouldRetry)
        : match.kind === 'lock_timeout'
          ? stripeErrors.lockTimeout(match.shouldRetry ?? true)
          : stripeErrors.apiError(match.shouldRetry);
    return { kind: 'error', error };
  }

  remaining(): number {
    return this.pending.reduce((sum, p) => sum + p.remaining, 0);
  }

  clear(): void {
    this.pending = [];
  }
}
