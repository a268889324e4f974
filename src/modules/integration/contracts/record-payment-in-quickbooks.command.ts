import { Command } from '@nestjs/cqrs';

/**
 * Writes a payment Settle took or recorded to QuickBooks as a Payment linked to the invoice, in
 * Undeposited Funds, with `requestid` = the payment id on every try (so a retry never makes a second
 * one). Schedules the write and returns; QuickBooksPaymentRecorded or QuickBooksPaymentFailed follow.
 * Sending it again for the same payment (a retry) is safe.
 */
export class RecordPaymentInQuickBooksCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly paymentId: string,
    readonly invoiceQuickBooksId: string,
    /** The whole payment, in minor units; at most `appliedMinor` is applied to the invoice, the rest left unapplied. */
    readonly amountMinor: string,
    readonly appliedMinor: string,
    readonly currency: string,
    /** The PaymentMethod's name, found or created ("Stripe", "Crezco", …). */
    readonly methodName: string,
    readonly reference: string | null,
    readonly paidOn: string,
  ) {
    super();
  }
}
