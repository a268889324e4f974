import { DomainEvent } from '../../../platform/outbox/domain-event';

/** How a payment was taken: by Settle's card or bank providers, or recorded by a user. */
export type PaymentSource = 'stripe' | 'crezco' | 'manual';

/**
 * Money was received for an invoice, once per payment (unique by the provider's payment id): the
 * payment saga applies it to the invoice and writes it to QuickBooks. Never raised for a payment
 * that came from QuickBooks.
 */
export class PaymentSucceededEvent extends DomainEvent {
  static readonly eventName = 'payments.payment-succeeded.v1';

  constructor(
    accountId: string,
    readonly paymentId: string,
    readonly invoiceId: string,
    /** Minor units of `currency`, as a string. */
    readonly amountMinor: string,
    readonly currency: string,
    readonly source: PaymentSource,
    /** The payment method's name as QuickBooks should show it ("Stripe", "Crezco", or the user's choice). */
    readonly methodName: string,
    /** A short reference QuickBooks can search (PaymentRefNum), e.g. from the provider's id. */
    readonly reference: string | null,
    /** ISO date the money was received (the QuickBooks TxnDate). */
    readonly paidOn: string,
  ) {
    super(accountId);
  }
}
