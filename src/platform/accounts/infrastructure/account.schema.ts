import { EntitySchema } from '@mikro-orm/core';
import { Account } from '../domain/account';

export const AccountSchema = new EntitySchema<Account>({
  class: Account,
  tableName: 'platform_accounts',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', length: 200 },
    country: { type: 'string', length: 2 },
    timezone: { type: 'string', length: 64 },
    markSentInQuickBooks: { type: 'boolean', default: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
