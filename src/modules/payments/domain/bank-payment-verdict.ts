import type { BankPaymentSeen } from './crezco-gateway.port';

export type BankOutcome = 'pending' | 'processing' | 'paid' | 'failed';

export type BankVerdict =
  | { kind: 'paid'; paymentId: string }
  | { kind: 'processing'; paymentId: string }
  | { kind: 'failed'; paymentId: string; reason: string }
  | { kind: 'pending' };

const REASONS: Record<string, string> = {
  Cancelled: 'The payment was cancelled before the bank sent it.',
  Failed: 'The bank could not complete the payment.',
  Denied: 'The bank refused the payment.',
  Declined: 'The bank declined the payment.',
};

/**
 * What a pay demand's payments say, whatever their order: one paid is paid; else one authorised
 * at the bank is on its way; else one still new may yet be paid; only when every payment failed
 * has the attempt failed (the latest failure is the reason). No payment yet: pending.
 */
export function bankVerdict(
  payments: readonly BankPaymentSeen[],
  outcomeOf: (code: string) => BankOutcome,
): BankVerdict {
  const judged = payments.map((payment) => ({ ...payment, outcome: outcomeOf(payment.code) }));
  const paid = judged.find((payment) => payment.outcome === 'paid');
  if (paid) return { kind: 'paid', paymentId: paid.paymentId };
  const processing = judged.find((payment) => payment.outcome === 'processing');
  if (processing) return { kind: 'processing', paymentId: processing.paymentId };
  if (judged.length === 0 || judged.some((payment) => payment.outcome === 'pending')) return { kind: 'pending' };
  const latest = [...judged].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '')).at(-1);
  if (!latest) return { kind: 'pending' };
  return {
    kind: 'failed',
    paymentId: latest.paymentId,
    reason: REASONS[latest.code] ?? 'The bank payment did not go through.',
  };
}
