import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { Workflow } from '../../domain/workflow';

const ONE_DEFAULT_WORKFLOW = 'workflows_workflows_one_default_per_account';

/** An account's workflows; at most one is its default (a partial unique index). */
export const WorkflowSchema = new EntitySchema<Workflow>({
  class: Workflow,
  tableName: 'workflows_workflows',
  ...tenantOwned,
  indexes: [
    { name: 'workflows_workflows_account_idx', properties: ['accountId', 'createdAt'] },
    {
      name: ONE_DEFAULT_WORKFLOW,
      expression: `create unique index "${ONE_DEFAULT_WORKFLOW}" on "workflows_workflows" ("account_id") where "is_default"`,
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    name: { type: 'string', length: 100 },
    steps: { type: 'json', columnType: 'jsonb' },
    isDefault: { type: 'boolean', default: false },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
