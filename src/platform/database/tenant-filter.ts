export const TENANT_FILTER = 'tenant';

export interface TenantFilterParams {
  accountId: string;
}

/**
 * The one mechanism that scopes data to an account: every tenant-owned schema spreads these into
 * its definition. The filter is on by default and takes the account from the EntityManager's filter
 * params, so a query made without a tenant fails instead of reading every account's rows; code that
 * must look across accounts (login, webhook routing) says so with `filters: { tenant: false }`.
 */
export const tenantOwned = {
  filters: {
    [TENANT_FILTER]: {
      name: TENANT_FILTER,
      cond: ({ accountId }: TenantFilterParams) => ({ accountId }),
      default: true,
    },
  },
};

export const accountIdProperty = { type: 'uuid', index: true } as const;

/**
 * For tables whose other indexes already serve every query (they lead with account_id, or with a
 * key every query gives): a separate account_id index would only slow down each bulk insert.
 */
export const accountIdLeadingProperty = { type: 'uuid' } as const;
