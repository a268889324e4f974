import { EntitySchema } from '@mikro-orm/core';
import { tenantOwned } from '../../../../platform/database/tenant-filter';
import { SenderSettings } from '../../domain/sender-settings';

export const SenderSettingsSchema = new EntitySchema<SenderSettings>({
  class: SenderSettings,
  tableName: 'messaging_sender_settings',
  ...tenantOwned,
  indexes: [{ name: 'messaging_sender_settings_value_idx', properties: ['senderValue'] }],
  properties: {
    accountId: { type: 'uuid', primary: true },
    senderKind: { type: 'string', length: 20 },
    senderValue: { type: 'string', length: 20 },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
