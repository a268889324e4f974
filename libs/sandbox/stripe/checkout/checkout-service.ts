import type { CausingRequest, EventLog } from '../events/event-log';
import { stripeErrors } from '../http/stripe-error';
import type { Accounts } from '../store/accounts';
import { newId, nowSeconds } from '../store/ids';
import type { Ledger, SessionExtra } from '../store/ledger';
import type { Owned } from '../store/owned-table';
import type { Charge, CheckoutSession, PaymentIntent } from '../store/stripe-objects';
import { customerDetails, newCharge, newPaymentIntent, type Payer } from './payment-objects';
import type { SessionInput } from './session-params';
import { testCard } from './test-cards';

export type PayAttempt = { method: 'card'; cardNumber: string } | { method: 'delayed' };

export type PayOutcome =
  | { kind: 'paid' | 'processing'; session: CheckoutSession }
  | { kind: 'declined'; session: CheckoutSession; message: string; code: string; declineCode?: string }
  | { kind: 'refused'; session: CheckoutSession; message: string }
  | { kind: 'closed'; session: CheckoutSession };

export type AsyncOutcome = 'succeeded' | 'failed';

type SessionRow = Owned<CheckoutSession, SessionExtra>;

/**
 * Checkout Sessions and what paying one does: the PaymentIntent (made on the first attempt, as
 * since API 2022-08-01), its charges and the events, in the order Stripe usually sends them.
 */
export class CheckoutService {
  constructor(
    private readonly ledger: Ledger,
    private readonly events: EventLog,
    private readonly accounts: Accounts,
    private readonly checkoutUrl: (sessionId: string) => string,
  ) {}

  create(accountId: string, input: SessionInput, now: number): CheckoutSession {
    const account = this.accounts.get(accountId)?.account;
    if (account && !account.charges_enabled)
      throw stripeErrors.invalidState(
        `The account ${accountId} cannot currently accept payments: charges_enabled is false.`,
      );
    const id = newId.session();
    const session: CheckoutSession = {
      id,
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: input.amountTotal,
      amount_total: input.amountTotal,
      currency: input.currency,
      client_reference_id: input.clientReferenceId,
      metadata: input.metadata,
      payment_intent: null,
      customer: null,
      customer_creation: 'if_required',
      customer_email: input.customerEmail,
      customer_details: null,
      created: now,
      expires_at: input.expiresAt,
      livemode: false,
      locale: input.locale,
      payment_method_types: input.paymentMethodTypes,
      success_url: input.successUrl,
      cancel_url: input.cancelUrl,
      ui_mode: 'hosted_page',
      url: this.checkoutUrl(id),
    };
    this.ledger.sessions.add(accountId, session, {
      lineItems: input.lineItems,
      intentMetadata: input.intentMetadata,
      intentDescription: input.intentDescription,
    });
    return session;
  }

  expire(accountId: string, id: string, request: CausingRequest): CheckoutSession {
    const row = this.ledger.sessions.owned(id, accountId);
    if (row.object.status !== 'open')
      throw stripeErrors.invalidState(
        `Only Checkout Sessions with a status in ["open"] can be expired. This session has status "${row.object.status}".`,
      );
    this.expireRow(row, request);
    return row.object;
  }

  /** Expires every open session whose `expires_at` has passed. */
  expireDue(now = nowSeconds()): void {
    for (const row of this.ledger.sessions.all()) {
      if (row.object.status === 'open' && row.object.expires_at <= now)
        this.expireRow(row, { id: null, idempotencyKey: null });
    }
  }

  /** Expires an open session now, as if its `expires_at` had passed. */
  expireNow(id: string): CheckoutSession {
    const row = this.row(id);
    if (row.object.status !== 'open') throw new Error(`Session ${id} is ${row.object.status}, not open`);
    this.expireRow(row, { id: null, idempotencyKey: null });
    return row.object;
  }

  row(id: string): SessionRow {
    const row = this.ledger.sessions.find(id);
    if (!row) throw new Error(`No Checkout Session ${id}`);
    return row;
  }

  /** What the customer's press of "Pay" on the hosted page does. */
  pay(id: string, attempt: PayAttempt, payer: Payer): PayOutcome {
    const row = this.row(id);
    const session = row.object;
    if (session.status !== 'open') return { kind: 'closed', session };
    const who: Payer = { email: payer.email || session.customer_email, name: payer.name || null };
    if (attempt.method === 'delayed') return this.payLater(row, who);
    const card = testCard(attempt.cardNumber);
    if (!card)
      return {
        kind: 'refused',
        session,
        message: 'Your card number is incorrect. Use a test card such as 4242 4242 4242 4242.',
      };
    if (!session.payment_method_types.includes('card'))
      return { kind: 'refused', session, message: 'Cards are not accepted for this payment.' };
    const intent = this.intentOf(row);
    const method = { type: 'card', brand: card.brand, last4: attempt.cardNumber.replace(/\D/g, '').slice(-4) };
    if (card.kind === 'declined') {
      const failure = { code: card.code, message: card.message, declineCode: card.declineCode };
      const charge = this.addCharge(row, newCharge(intent, method, who, 'failed', failure));
      Object.assign(intent, {
        latest_charge: charge.id,
        payment_method: charge.payment_method,
        last_payment_error: {
          type: 'card_error',
          code: card.code,
          ...(card.declineCode ? { decline_code: card.declineCode } : {}),
          message: card.message,
          charge: charge.id,
          payment_method_type: 'card',
        },
      });
      this.emit(row, 'charge.failed', charge);
      this.emit(row, 'payment_intent.payment_failed', intent);
      return { kind: 'declined', session, message: card.message, code: card.code, declineCode: card.declineCode };
    }
    const charge = this.addCharge(row, newCharge(intent, method, who, 'succeeded'));
    this.succeed(intent, charge);
    this.complete(row, intent, who, 'paid');
    this.emit(row, 'charge.succeeded', charge);
    this.emit(row, 'payment_intent.succeeded', intent);
    this.emit(row, 'checkout.session.completed', session);
    return { kind: 'paid', session };
  }

  /** Ends a delayed payment (a bank debit) as succeeded or failed. */
  settleAsync(id: string, outcome: AsyncOutcome): CheckoutSession {
    const row = this.row(id);
    const session = row.object;
    const intent =
      typeof session.payment_intent === 'string' ? this.ledger.paymentIntents.find(session.payment_intent) : undefined;
    if (session.status !== 'complete' || session.payment_status !== 'unpaid' || intent?.object.status !== 'processing')
      throw new Error(`Session ${id} has no delayed payment waiting to settle`);
    const charge = this.ledger.charges.find(String(intent.object.latest_charge))?.object as Charge;
    const previousSession = { payment_status: session.payment_status };
    if (outcome === 'succeeded') {
      Object.assign(charge, { status: 'succeeded', paid: true, captured: true, amount_captured: charge.amount });
      this.succeed(intent.object, charge);
      session.payment_status = 'paid';
      this.emit(row, 'charge.succeeded', charge);
      this.emit(row, 'payment_intent.succeeded', intent.object);
      this.emit(row, 'checkout.session.async_payment_succeeded', session, previousSession);
      return session;
    }
    const message = "The customer's bank account could not be debited.";
    Object.assign(charge, { status: 'failed', failure_code: 'debit_not_authorized', failure_message: message });
    Object.assign(intent.object, {
      status: 'requires_payment_method',
      last_payment_error: {
        type: 'invalid_request_error',
        code: 'payment_intent_payment_attempt_failed',
        message,
        charge: charge.id,
        payment_method_type: charge.payment_method_details.type,
      },
    });
    this.emit(row, 'charge.failed', charge);
    this.emit(row, 'payment_intent.payment_failed', intent.object);
    this.emit(row, 'checkout.session.async_payment_failed', session);
    return session;
  }

  private payLater(row: SessionRow, who: Payer): PayOutcome {
    const type = row.object.payment_method_types.find((method) => method !== 'card');
    if (!type) return { kind: 'refused', session: row.object, message: 'No delayed payment method is offered here.' };
    const intent = this.intentOf(row);
    const charge = this.addCharge(row, newCharge(intent, { type }, who, 'pending'));
    Object.assign(intent, {
      status: 'processing',
      latest_charge: charge.id,
      payment_method: charge.payment_method,
      last_payment_error: null,
    });
    this.complete(row, intent, who, 'unpaid');
    this.emit(row, 'charge.pending', charge);
    this.emit(row, 'payment_intent.processing', intent);
    this.emit(row, 'checkout.session.completed', row.object);
    return { kind: 'processing', session: row.object };
  }

  private intentOf(row: SessionRow): PaymentIntent {
    const existing = row.object.payment_intent;
    if (typeof existing === 'string') return this.ledger.paymentIntents.get(existing, row.accountId);
    const intent = newPaymentIntent(row.object, row.extra.intentMetadata, row.extra.intentDescription);
    this.ledger.paymentIntents.add(row.accountId, intent, undefined);
    row.object.payment_intent = intent.id;
    return intent;
  }

  private addCharge(row: SessionRow, charge: Charge): Charge {
    this.ledger.charges.add(row.accountId, charge, undefined);
    return charge;
  }

  private succeed(intent: PaymentIntent, charge: Charge): void {
    Object.assign(intent, {
      status: 'succeeded',
      amount_received: intent.amount,
      latest_charge: charge.id,
      payment_method: charge.payment_method,
      last_payment_error: null,
    });
  }

  private complete(row: SessionRow, intent: PaymentIntent, who: Payer, paymentStatus: 'paid' | 'unpaid'): void {
    const country = this.accounts.get(row.accountId)?.account.country ?? 'GB';
    Object.assign(row.object, {
      status: 'complete',
      payment_status: paymentStatus,
      payment_intent: intent.id,
      customer_details: customerDetails(who, country),
      url: null,
    });
  }

  private expireRow(row: SessionRow, request: CausingRequest): void {
    const intentId = row.object.payment_intent;
    if (typeof intentId === 'string') {
      const intent = this.ledger.paymentIntents.get(intentId, row.accountId);
      if (intent.status === 'requires_payment_method') {
        Object.assign(intent, { status: 'canceled', canceled_at: nowSeconds() });
        this.emit(row, 'payment_intent.canceled', intent);
      }
    }
    Object.assign(row.object, { status: 'expired', url: null });
    this.events.emit(row.accountId, 'checkout.session.expired', row.object, { request });
  }

  private emit(row: SessionRow, type: string, object: object, previous?: Record<string, unknown>): void {
    this.events.emit(row.accountId, type, object, { previous });
  }
}
