import { PaymentSucceededEvent } from '../contracts/payment-succeeded.event';
import { Payment } from './payment';

const stripePayment = () =>
  Payment.takenByStripe({
    accountId: 'a9c6d3e0-0000-7000-8000-000000000001',
    invoiceId: 'a9c6d3e0-0000-7000-8000-000000000002',
    contactId: null,
    attemptId: 'a9c6d3e0-0000-7000-8000-000000000003',
    paymentIntentId: 'pi_3QxYzAbCdEfGhIjKlMnOpQrStUv',
    amountMinor: 12000n,
    currency: 'GBP',
    paidOn: '2026-12-01',
  });

describe('Payment', () => {
  it('raises PaymentSucceeded once, with a short reference from the PaymentIntent', () => {
    const payment = stripePayment();
    const [event, ...rest] = payment.pullEvents();
    expect(rest).toEqual([]);
    expect(event).toBeInstanceOf(PaymentSucceededEvent);
    expect(event).toMatchObject({
      paymentId: payment.id,
      amountMinor: '12000',
      source: 'stripe',
      methodName: 'Stripe',
      reference: 'pi_EfGhIjKlMnOpQrStUv',
      paidOn: '2026-12-01',
    });
    expect(payment.reference).toHaveLength(21);
    expect(payment.pullEvents()).toEqual([]);
  });

  it('goes to QuickBooks when applied to an invoice that is there, overpaid or not', () => {
    const applied = stripePayment();
    expect(applied.appliedToInvoice({ outcome: 'applied', appliedMinor: 12000n, quickBooksInvoiceId: '130' })).toBe(
      true,
    );
    expect(applied).toMatchObject({ application: 'applied', quickBooksState: 'pending', appliedMinor: 12000n });

    const overpaid = stripePayment();
    expect(overpaid.appliedToInvoice({ outcome: 'overpaid', appliedMinor: 0n, quickBooksInvoiceId: '130' })).toBe(true);
    expect(overpaid.application).toBe('overpaid');

    const local = stripePayment();
    expect(local.appliedToInvoice({ outcome: 'applied', appliedMinor: 12000n, quickBooksInvoiceId: null })).toBe(false);
    expect(local.quickBooksState).toBe('not_applicable');
  });

  it('keeps QuickBooks outcomes, and a failure never undoes a recorded payment', () => {
    const payment = stripePayment();
    payment.appliedToInvoice({ outcome: 'applied', appliedMinor: 12000n, quickBooksInvoiceId: '130' });
    payment.quickBooksFailed('The accounting period is closed');
    expect(payment).toMatchObject({ quickBooksState: 'failed', quickBooksFailure: 'The accounting period is closed' });
    expect(payment.retryQuickBooks('asked')).toEqual({ invoiceQuickBooksId: '130', appliedMinor: 12000n });
    payment.quickBooksRecorded('187');
    payment.quickBooksFailed('late');
    expect(payment).toMatchObject({ quickBooksState: 'recorded', quickBooksPaymentId: '187', quickBooksFailure: null });
    expect(() => payment.retryQuickBooks('again')).toThrow('already in QuickBooks');
  });

  it('records cumulative refunds in any order and flags the payment to reconcile', () => {
    const payment = stripePayment();
    expect(payment.refunded(5000n)).toBe(true);
    expect(payment.refunded(2000n)).toBe(false);
    expect(payment).toMatchObject({ status: 'partially_refunded', refundedMinor: 5000n, needsReconcile: true });
    payment.refunded(12000n);
    expect(payment.status).toBe('refunded');
  });
});
