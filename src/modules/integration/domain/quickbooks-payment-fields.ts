import { createHash } from 'node:crypto';
import { currencyExponent, formatScaled, Money } from '../../../../libs/money';

/** QuickBooks' limits: requestid 50 characters, PaymentMethod.Name 31; PaymentRefNum kept to 21 (unverified limit). */
export const QUICKBOOKS_PAYMENT_LIMITS = { requestId: 50, methodName: 31, refNum: 21 } as const;

const hash = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

/** The same on every try of a payment (so QuickBooks answers a replay with the first Payment), ≤ 50 characters. */
export function paymentRequestId(paymentId: string): string {
  const plain = `settle-pay-${paymentId}`;
  return plain.length <= QUICKBOOKS_PAYMENT_LIMITS.requestId ? plain : `settle-pay-${hash(paymentId, 39)}`;
}

/** PaymentRefNum: the payment's reference, or a short token of its id; QuickBooks can search it. */
export function paymentRefNum(paymentId: string, reference: string | null): string {
  return (reference ?? `STL-${hash(paymentId, 12).toUpperCase()}`).slice(0, QUICKBOOKS_PAYMENT_LIMITS.refNum);
}

/** The words of PrivateNote that name the Settle payment: how a Payment found by its reference is known. */
export function paymentNoteTag(paymentId: string): string {
  return `Settle payment ${paymentId}`;
}

export function paymentNote(paymentId: string, methodName: string, reference: string | null): string {
  return `${paymentNoteTag(paymentId)} via ${methodName}${reference ? ` (${reference})` : ''}`;
}

/** The PaymentMethod's name as QuickBooks holds it (31 characters at most). */
export function paymentMethodName(methodName: string): string {
  return methodName.slice(0, QUICKBOOKS_PAYMENT_LIMITS.methodName).trim();
}

/** Card processors are credit-card methods; anything else (a bank payment, cash) is not. */
export function paymentMethodType(methodName: string): 'CREDIT_CARD' | 'NON_CREDIT_CARD' {
  return methodName.toLowerCase() === 'stripe' ? 'CREDIT_CARD' : 'NON_CREDIT_CARD';
}

/** Minor units as QuickBooks' decimal in major units: 12345 GBP → 123.45, 500 JPY → 500, 1234 BHD → 1.234. */
export function quickBooksAmount(minorUnits: bigint, currency: string): number {
  return Number(formatScaled(minorUnits, currencyExponent(currency)));
}

/** QuickBooks' decimal (a JSON number) in minor units, exactly. */
export function minorUnitsOf(amount: number | string, currency: string): bigint {
  return Money.parse(amount, currency).minorUnits;
}

/** What a payment applies to the invoice: what was asked, at most the invoice's open balance, never below zero. */
export function amountToApply(appliedMinor: bigint, invoiceBalanceMinor: bigint): bigint {
  const open = invoiceBalanceMinor > 0n ? invoiceBalanceMinor : 0n;
  return appliedMinor < open ? appliedMinor : open;
}
