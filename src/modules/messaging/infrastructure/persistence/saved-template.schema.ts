import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { SavedTemplate } from '../../domain/saved-template';

export const INTRO_TEMPLATE_UNIQUE = 'messaging_templates_one_intro_per_account';

/** An account's templates; at most one invoice intro each (a partial unique index). */
export const SavedTemplateSchema = new EntitySchema<SavedTemplate>({
  class: SavedTemplate,
  tableName: 'messaging_templates',
  ...tenantOwned,
  indexes: [
    { name: 'messaging_templates_account_idx', properties: ['accountId', 'createdAt'] },
    {
      name: INTRO_TEMPLATE_UNIQUE,
      expression: `create unique index "${INTRO_TEMPLATE_UNIQUE}" on "messaging_templates" ("account_id") where "kind" = 'invoice_intro'`,
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    kind: { type: 'string', length: 20 },
    name: { type: 'string', length: 100 },
    body: { type: 'text' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
