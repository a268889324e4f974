import type { Ledger } from '../store/ledger';
import type { CheckoutSession, PaymentIntent } from '../store/stripe-objects';

export const SESSION_EXPANDABLE = ['payment_intent', 'payment_intent.latest_charge'] as const;
export const INTENT_EXPANDABLE = ['latest_charge'] as const;

/** A copy of the intent with `latest_charge` replaced by the charge when asked. */
export function expandIntent(ledger: Ledger, intent: PaymentIntent, accountId: string, paths: string[]): PaymentIntent {
  const copy = structuredClone(intent);
  if (paths.includes('latest_charge') && typeof copy.latest_charge === 'string')
    copy.latest_charge = ledger.charges.get(copy.latest_charge, accountId);
  return copy;
}

/** A copy of the session with `payment_intent` (and its charge) expanded when asked. */
export function expandSession(
  ledger: Ledger,
  session: CheckoutSession,
  accountId: string,
  paths: string[],
): CheckoutSession {
  const copy = structuredClone(session);
  const wantsIntent = paths.some((path) => path.startsWith('payment_intent'));
  if (wantsIntent && typeof copy.payment_intent === 'string') {
    const intent = ledger.paymentIntents.get(copy.payment_intent, accountId);
    const nested = paths.includes('payment_intent.latest_charge') ? ['latest_charge'] : [];
    copy.payment_intent = expandIntent(ledger, intent, accountId, nested);
  }
  return copy;
}
