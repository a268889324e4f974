import { Query } from '@nestjs/cqrs';

export interface InvoiceForWorkflows {
  invoiceId: string;
  contactId: string;
  /** ISO date, or null when the invoice has none. */
  dueDate: string | null;
  /** Nothing left to pay. */
  paid: boolean;
  /** Voided or deleted (in QuickBooks or in Settle). */
  removed: boolean;
}

/** What Workflows needs to schedule an invoice's steps, for each of these invoices the account has (others are left out). */
export class GetInvoicesForWorkflowsQuery extends Query<InvoiceForWorkflows[]> {
  constructor(
    readonly accountId: string,
    readonly invoiceIds: string[],
  ) {
    super();
  }
}
