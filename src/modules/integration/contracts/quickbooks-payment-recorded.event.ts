import { DomainEvent } from '../../../platform/outbox/domain-event';

/** A Settle payment is in QuickBooks, as this Payment. */
export class QuickBooksPaymentRecordedEvent extends DomainEvent {
  static readonly eventName = 'integration.quickbooks-payment-recorded.v1';

  constructor(
    accountId: string,
    readonly paymentId: string,
    readonly quickBooksPaymentId: string,
  ) {
    super(accountId);
  }
}
