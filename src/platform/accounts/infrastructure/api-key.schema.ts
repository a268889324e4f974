import { EntitySchema } from '@mikro-orm/core';
import { accountIdProperty, tenantOwned } from '../../database/tenant-filter';
import { ApiKey } from '../domain/api-key';

export const ApiKeySchema = new EntitySchema<ApiKey>({
  class: ApiKey,
  tableName: 'platform_api_keys',
  ...tenantOwned,
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdProperty,
    name: { type: 'string', length: 100 },
    secretHash: { type: 'string', length: 64 },
    createdByUserId: { type: 'uuid' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    lastUsedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    revokedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
  },
});
