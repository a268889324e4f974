import { EntitySchema } from '@mikro-orm/core';
import { accountIdProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { QuickBooksConnection } from '../../domain/quickbooks-connection';

const instant = { type: 'datetime', columnType: 'timestamptz', nullable: true } as const;

export const QuickBooksConnectionSchema = new EntitySchema<QuickBooksConnection>({
  class: QuickBooksConnection,
  tableName: 'integration_quickbooks_connections',
  ...tenantOwned,
  indexes: [
    {
      name: 'integration_qbo_connections_live_realm_unique',
      expression:
        'create unique index "integration_qbo_connections_live_realm_unique" on "integration_quickbooks_connections" ("realm_id") where "status" <> \'disconnected\'',
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: { ...accountIdProperty, unique: 'integration_quickbooks_connections_account_unique' },
    realmId: { type: 'string', length: 32 },
    companyName: { type: 'string', length: 300 },
    companyCountry: { type: 'string', length: 8, nullable: true },
    homeCurrency: { type: 'string', length: 3 },
    undepositedFundsAccountId: { type: 'string', length: 32, nullable: true },
    paymentMethodIds: { type: 'json', default: '{}' },
    status: { type: 'string', length: 20 },
    statusReason: { type: 'text', nullable: true },
    accessToken: { type: 'text', nullable: true },
    refreshToken: { type: 'text', nullable: true },
    accessTokenExpiresAt: instant,
    refreshTokenExpiresAt: instant,
    refreshTokenHardExpiresAt: instant,
    connectedAt: { type: 'datetime', columnType: 'timestamptz' },
    connectedByUserId: { type: 'uuid' },
    disconnectedAt: instant,
    lastWebhookAt: instant,
    cdcCursor: instant,
    lastCdcPassAt: instant,
    lastSyncAt: instant,
    recentFailures: { type: 'json' },
  },
});
