import { DomainEvent } from '../../../platform/outbox/domain-event';

/**
 * An invoice's balance reached zero: through a payment Settle took or recorded (`settle`), or one
 * entered in QuickBooks (`quickbooks`). Reminders stop and the thank-you goes out on it.
 */
export class InvoicePaidEvent extends DomainEvent {
  static readonly eventName = 'invoicing.invoice-paid.v1';

  constructor(
    accountId: string,
    readonly invoiceId: string,
    readonly paidAt: string,
    readonly via: 'settle' | 'quickbooks',
  ) {
    super(accountId);
  }
}
