import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { CrezcoConnection } from '../../domain/crezco-connection';

const timestamp = { type: 'datetime', columnType: 'timestamptz' } as const;

/** One per account: the Crezco user its pay demands are made for. */
export const CrezcoConnectionSchema = new EntitySchema<CrezcoConnection>({
  class: CrezcoConnection,
  tableName: 'payments_crezco_connections',
  ...tenantOwned,
  uniques: [{ name: 'payments_crezco_connections_account_unique', properties: ['accountId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    crezcoUserId: { type: 'string', length: 64 },
    status: { type: 'string', length: 20 },
    displayName: { type: 'string', length: 200, nullable: true },
    connectedByUserId: { type: 'uuid' },
    connectedAt: timestamp,
    disconnectedAt: { ...timestamp, nullable: true },
    updatedAt: timestamp,
  },
});
