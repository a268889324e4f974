import { EntitySchema } from '@mikro-orm/core';
import { accountIdProperty, tenantOwned } from '../../database/tenant-filter';
import { User } from '../domain/user';

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'platform_users',
  ...tenantOwned,
  // An email is one sign-in per account: a person may be a user of several accounts.
  uniques: [{ name: 'platform_users_account_email_unique', properties: ['accountId', 'email'] }],
  indexes: [{ name: 'platform_users_email_index', properties: ['email'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdProperty,
    email: { type: 'string', length: 320 },
    name: { type: 'string', length: 200, nullable: true },
    passwordHash: { type: 'string', length: 200 },
    role: { type: 'string', length: 10 },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
