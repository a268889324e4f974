import { CONTACTS_TABLES } from './modules/contacts/contacts.tables';
import { INTEGRATION_TABLES } from './modules/integration/integration.tables';
import { INVOICING_TABLES } from './modules/invoicing/invoicing.tables';
import { MESSAGING_TABLES } from './modules/messaging/messaging.tables';
import { WORKFLOWS_TABLES } from './modules/workflows/workflows.tables';
import { PAYMENTS_TABLES } from './modules/payments/payments.tables';
import type { TableMappings } from './platform/database/mikro-orm.config';
import { PLATFORM_TABLES } from './platform/platform.tables';

/** Every table: the platform's and each context's own list, composed here like the modules in app.module.ts. */
export const SETTLE_TABLES: TableMappings = [
  ...PLATFORM_TABLES,
  ...CONTACTS_TABLES,
  ...INVOICING_TABLES,
  ...INTEGRATION_TABLES,
  ...MESSAGING_TABLES,
  ...WORKFLOWS_TABLES,
  ...PAYMENTS_TABLES,
];
