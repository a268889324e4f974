import { DomainEvent } from '../../../platform/outbox/domain-event';

/**
 * A user sent an invoice to its contact (by SMS, with its payment link): the invoice's last action
 * is now "sent". Integration marks the invoice sent in QuickBooks; a resend raises it again.
 */
export class InvoiceSentEvent extends DomainEvent {
  static readonly eventName = 'invoicing.invoice-sent.v1';

  constructor(
    accountId: string,
    readonly invoiceId: string,
    readonly quickBooksId: string | null,
    readonly sentBy: string,
    readonly sentAt: string,
    readonly messageId: string,
  ) {
    super(accountId);
  }
}
