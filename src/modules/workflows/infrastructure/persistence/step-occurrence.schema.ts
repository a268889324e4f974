import { EntitySchema } from '@mikro-orm/core';
import { accountIdLeadingProperty, tenantOwned } from '../../../../platform/database/tenant-filter';
import { StepOccurrence } from '../../domain/step-occurrence';

const ONE_THANK_YOU = 'workflows_occurrences_one_thank_you';
const DUE = 'workflows_occurrences_due_idx';
const STALLED = 'workflows_occurrences_stalled_idx';

/**
 * Every occurrence of every invoice's steps. The timed pass claims due ones by due_at and stalled
 * ones by updated_at, each through a partial index holding only the rows it looks for (a few among
 * millions settled); an invoice's view and its cancellations go by (account_id, invoice_id); a
 * thank-you goes once.
 */
export const StepOccurrenceSchema = new EntitySchema<StepOccurrence>({
  class: StepOccurrence,
  tableName: 'workflows_occurrences',
  ...tenantOwned,
  indexes: [
    {
      name: DUE,
      expression: `create index "${DUE}" on "workflows_occurrences" ("due_at") where "state" = 'scheduled'`,
    },
    {
      name: STALLED,
      expression: `create index "${STALLED}" on "workflows_occurrences" ("updated_at") where "state" = 'sending'`,
    },
    { name: 'workflows_occurrences_invoice_idx', properties: ['accountId', 'invoiceId'] },
    {
      name: ONE_THANK_YOU,
      expression: `create unique index "${ONE_THANK_YOU}" on "workflows_occurrences" ("invoice_id") where "kind" = 'thank_you'`,
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    accountId: accountIdLeadingProperty,
    invoiceId: { type: 'uuid' },
    attachmentId: { type: 'uuid' },
    stepId: { type: 'uuid' },
    kind: { type: 'string', length: 20 },
    occurrenceIndex: { type: 'integer' },
    dueAt: { type: 'datetime', columnType: 'timestamptz' },
    state: { type: 'string', length: 20 },
    reason: { type: 'string', length: 40, nullable: true },
    messageId: { type: 'uuid', nullable: true },
    sentText: { type: 'text', nullable: true },
    sentAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    quickBooksAsOf: { type: 'datetime', columnType: 'timestamptz', nullable: true, fieldName: 'quickbooks_as_of' },
    attempts: { type: 'integer', default: 0 },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
