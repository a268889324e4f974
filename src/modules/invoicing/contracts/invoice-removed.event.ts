import { DomainEvent } from '../../../platform/outbox/domain-event';

export type InvoiceRemovalReason = 'voided_in_quickbooks' | 'deleted_in_quickbooks' | 'deleted_in_settle';

/**
 * An invoice is gone from Settle (its public link answers "not available"): voided or deleted in
 * QuickBooks while unpaid, or deleted by a user. Whatever was scheduled for it should stop.
 */
export class InvoiceRemovedEvent extends DomainEvent {
  static readonly eventName = 'invoicing.invoice-removed.v1';

  constructor(
    accountId: string,
    readonly invoiceId: string,
    readonly quickBooksId: string | null,
    readonly reason: InvoiceRemovalReason,
  ) {
    super(accountId);
  }
}
