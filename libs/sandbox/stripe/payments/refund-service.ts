import { formatAmount } from '../checkout/amount-format';
import type { CausingRequest, EventLog } from '../events/event-log';
import { stripeErrors } from '../http/stripe-error';
import { newId, nowSeconds } from '../store/ids';
import type { Ledger } from '../store/ledger';
import type { Charge, Refund } from '../store/stripe-objects';

export interface RefundRequest {
  paymentIntentId?: string;
  chargeId?: string;
  amount?: number;
  reason?: string;
  metadata?: Record<string, string>;
}

export const REFUND_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'];

/** Refunds a succeeded charge in part or in full; `amount_refunded` on the charge is cumulative. */
export class RefundService {
  constructor(
    private readonly ledger: Ledger,
    private readonly events: EventLog,
  ) {}

  refund(accountId: string, request: RefundRequest, causing: CausingRequest): Refund {
    const charge = this.chargeOf(accountId, request);
    if (charge.status !== 'succeeded')
      throw stripeErrors.invalidState(
        `Charge ${charge.id} has not succeeded and cannot be refunded.`,
        'charge_not_refundable',
      );
    const remaining = charge.amount - charge.amount_refunded;
    if (remaining === 0)
      throw stripeErrors.invalidState(`Charge ${charge.id} has already been refunded.`, 'charge_already_refunded');
    const amount = request.amount ?? remaining;
    if (amount <= 0) throw stripeErrors.invalidParam('amount', 'Invalid positive integer', 'parameter_invalid_integer');
    if (amount > remaining)
      throw stripeErrors.invalidParam(
        'amount',
        `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      );
    const refund: Refund = {
      id: newId.refund(),
      object: 'refund',
      amount,
      charge: charge.id,
      payment_intent: charge.payment_intent,
      currency: charge.currency,
      status: 'succeeded',
      reason: request.reason ?? null,
      metadata: request.metadata ?? {},
      created: nowSeconds(),
    };
    this.ledger.refunds.add(accountId, refund, undefined);
    const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    this.events.emit(accountId, 'refund.created', refund, { request: causing });
    this.events.emit(accountId, 'charge.refunded', charge, { previous, request: causing });
    return refund;
  }

  private chargeOf(accountId: string, request: RefundRequest): Charge {
    if (request.chargeId) return this.ledger.charges.get(request.chargeId, accountId, 'charge');
    if (!request.paymentIntentId) throw stripeErrors.parameterMissing('payment_intent');
    const intent = this.ledger.paymentIntents.get(request.paymentIntentId, accountId, 'payment_intent');
    if (intent.status !== 'succeeded' || typeof intent.latest_charge !== 'string')
      throw stripeErrors.invalidState(
        `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
        'charge_not_refundable',
      );
    return this.ledger.charges.get(intent.latest_charge, accountId, 'charge');
  }
}
