import { DomainEvent } from '../../../platform/outbox/domain-event';

/** Invoices seen for the first time from QuickBooks (one event per page of an import or a sync). */
export class InvoicesImportedEvent extends DomainEvent {
  static readonly eventName = 'invoicing.invoices-imported.v1';

  constructor(
    accountId: string,
    readonly invoiceIds: string[],
  ) {
    super(accountId);
  }
}
