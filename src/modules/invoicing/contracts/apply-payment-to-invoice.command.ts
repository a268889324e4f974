import { Command } from '@nestjs/cqrs';

export interface PaymentApplied {
  /** applied: the balance went down by the amount; overpaid: only part or none of it was due
   * (paid twice, paid after removal), the rest is flagged for the business; already_applied: a
   * repeat of this payment id, nothing changed. */
  outcome: 'applied' | 'overpaid' | 'already_applied';
  /** What reduced the balance, in minor units (0 when nothing was due). */
  appliedMinor: string;
  quickBooksInvoiceId: string | null;
  quickBooksCustomerId: string | null;
}

/**
 * The payment saga's first step: a payment Settle took or was told of lowers the invoice's balance
 * (status paid or partly paid, last action "paid"), raising InvoicePaid when it reaches zero.
 * Idempotent by payment id.
 */
export class ApplyPaymentToInvoiceCommand extends Command<PaymentApplied> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
    readonly paymentId: string,
    readonly amountMinor: string,
    readonly currency: string,
    readonly source: 'stripe' | 'crezco' | 'manual',
    readonly paidAt: string,
  ) {
    super();
  }
}
