import { DomainEvent } from '../../../platform/outbox/domain-event';

/**
 * Writing a Settle payment to QuickBooks will not succeed without help (connection lost, closed
 * period, a validation fault): `reason` is QuickBooks' own, fit to show. A retry may follow.
 */
export class QuickBooksPaymentFailedEvent extends DomainEvent {
  static readonly eventName = 'integration.quickbooks-payment-failed.v1';

  constructor(
    accountId: string,
    readonly paymentId: string,
    readonly reason: string,
  ) {
    super(accountId);
  }
}
