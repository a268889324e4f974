import { RecordPaymentInQuickBooksCommand } from '../../../integration/contracts';
import type { Payment } from '../../domain/payment';

/** The write asked of Integration for a payment being sent again: the same as the first time. */
export function resendToQuickBooks(payment: Payment, why: string): RecordPaymentInQuickBooksCommand {
  const { invoiceQuickBooksId, appliedMinor } = payment.retryQuickBooks(why);
  return new RecordPaymentInQuickBooksCommand(
    payment.accountId,
    payment.id,
    invoiceQuickBooksId,
    payment.amountMinor.toString(),
    appliedMinor.toString(),
    payment.currency,
    payment.methodName,
    payment.reference,
    payment.paidOn,
  );
}
