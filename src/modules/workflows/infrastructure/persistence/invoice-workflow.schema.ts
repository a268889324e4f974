import { EntitySchema } from '@mikro-orm/core';
import { accountIdProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { InvoiceWorkflow } from '../../domain/invoice-workflow';

/** One row per invoice with a workflow: its own copy of the steps. */
export const InvoiceWorkflowSchema = new EntitySchema<InvoiceWorkflow>({
  class: InvoiceWorkflow,
  tableName: 'workflows_invoice_workflows',
  ...tenantOwned,
  indexes: [{ name: 'workflows_invoice_workflows_contact_idx', properties: ['accountId', 'contactId'] }],
  properties: {
    invoiceId: { type: 'uuid', primary: true },
    accountId: accountIdProperty,
    contactId: { type: 'uuid' },
    dueDate: { type: 'date', columnType: 'date', nullable: true },
    workflowId: { type: 'uuid', nullable: true },
    workflowName: { type: 'string', length: 100, nullable: true },
    steps: { type: 'json', columnType: 'jsonb' },
    attachmentId: { type: 'uuid' },
    paidAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    removedAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    attachedAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
