import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import {
  UpsertInvoicesFromQuickBooksCommand,
  type InvoiceUpsertOutcome,
  type QuickBooksInvoiceRecord,
} from '../../../src/modules/invoicing/contracts';
import type { TestApp } from '../../support/test-app';

/** Feeds QuickBooks invoices to Invoicing as Integration does, through the command bus. */
export function upsertInvoices(
  app: TestApp,
  accountId: string,
  records: QuickBooksInvoiceRecord[],
  options: { contactId?: string } = {},
): Promise<InvoiceUpsertOutcome[]> {
  const contactId = options.contactId ?? randomUUID();
  return app.app.get(CommandBus).execute(
    new UpsertInvoicesFromQuickBooksCommand(
      accountId,
      records.map((record) => ({ record, contactId })),
    ),
  );
}
