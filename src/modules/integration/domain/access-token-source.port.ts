import type { QuickBooksCompanyRef } from './quickbooks-company.ref';

/**
 * Where the QuickBooks API client gets its bearer tokens. `current` refreshes ahead of expiry;
 * `afterUnauthorized` is called when QuickBooks answered 401 to `staleToken`: it refreshes once
 * (single-flight across processes) unless another caller already did, and returns the new token.
 * Both throw QuickBooksConnectionLostError when the connection can no longer refresh.
 */
export interface AccessTokenSource {
  current(company: QuickBooksCompanyRef): Promise<string>;
  afterUnauthorized(company: QuickBooksCompanyRef, staleToken: string): Promise<string>;
}

export const ACCESS_TOKEN_SOURCE = Symbol('AccessTokenSource');
