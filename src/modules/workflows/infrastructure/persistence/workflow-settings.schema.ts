import { EntitySchema } from '@mikro-orm/core';
import { tenantOwned } from '../../../../platform/database/tenant-filter';
import { WorkflowSettings } from '../../domain/workflow-settings';

/** An account's sending window; no row means the default window. */
export const WorkflowSettingsSchema = new EntitySchema<WorkflowSettings>({
  class: WorkflowSettings,
  tableName: 'workflows_settings',
  ...tenantOwned,
  properties: {
    accountId: { type: 'uuid', primary: true },
    opensAt: { type: 'string', length: 5 },
    closesAt: { type: 'string', length: 5 },
    excludedDays: { type: 'json', columnType: 'jsonb' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
