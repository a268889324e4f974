import { EntityManager } from '@mikro-orm/postgresql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import Stripe from 'stripe';
import { eventually, waitFor } from '../../libs/testing';
import type { InvoiceForPayment } from '../../src/modules/invoicing/contracts';
import {
  GetInvoicePaymentStateQuery,
  GetPaymentOptionsQuery,
  StartCheckoutCommand,
  type CheckoutStarted,
} from '../../src/modules/payments/contracts';
import { signUp, type SignedUp } from '../support/accounts';
import { InvoicesForPaymentStub, InvoicesForPaymentStubModule } from './support/invoices-for-payment.stub';
import { connectStripe, startAppWithStripe, type StripeApp } from './support/stripe';

describe('paying by card through Stripe', () => {
  let env: StripeApp;
  let owner: SignedUp;

  beforeAll(async () => {
    env = await startAppWithStripe({ app: { imports: [InvoicesForPaymentStubModule] } });
    owner = await signUp(env.app);
    await connectStripe(env, owner);
  });

  afterAll(() => env.close());

  const em = () => env.app.app.get(EntityManager).fork();
  const sql = <T extends object>(query: string, params: unknown[] = []) =>
    em().getConnection().execute<T[]>(query, params);
  const invoices = () => env.app.app.get(InvoicesForPaymentStub);

  function invoiceOf(account: SignedUp, invoice: Partial<InvoiceForPayment> = {}): InvoiceForPayment {
    return invoices().add(account.accountId, invoice);
  }

  function startCheckout(account: SignedUp, invoice: InvoiceForPayment): Promise<CheckoutStarted> {
    return env.app.app
      .get(CommandBus)
      .execute(
        new StartCheckoutCommand(
          account.accountId,
          invoice.invoiceId,
          'card',
          { minor: invoice.balanceMinor, currency: invoice.currency },
          `Invoice ${invoice.number} from Hartley Plumbing`,
          invoice.number,
          `${process.env.PUBLIC_URL}/p/some-token`,
        ),
      );
  }

  const sessionOf = (checkout: CheckoutStarted) => new URL(checkout.redirectUrl).pathname.split('/').pop() as string;

  const paymentsOf = (invoiceId: string) =>
    sql<{ id: string; provider_payment_id: string; amount_minor: string; reference: string }>(
      'select id, provider_payment_id, amount_minor, reference from payments_payments where invoice_id = ?',
      [invoiceId],
    );

  const succeededEventsOf = (invoiceId: string) =>
    sql<{ payload: { paymentId: string; source: string; methodName: string; reference: string } }>(
      `select payload from platform_outbox where event_name = 'payments.payment-succeeded.v1' and payload->>'invoiceId' = ?`,
      [invoiceId],
    );

  const attemptOf = async (attemptId: string) =>
    (
      await sql<{ status: string; failure_reason: string | null; provider_session_id: string }>(
        'select status, failure_reason, provider_session_id from payments_attempts where id = ?',
        [attemptId],
      )
    )[0];

  const paymentState = (account: SignedUp, invoiceId: string) =>
    env.app.app.get(QueryBus).execute(new GetInvoicePaymentStateQuery(account.accountId, invoiceId));

  /** Every event the sandbox has sent so far has had Settle's answer, and the inbox has processed them. */
  async function settled(): Promise<void> {
    await env.stripe.admin.flushWebhooks();
    await eventually(async () => {
      const [pending] = await sql<{ count: string }>(
        `select count(*) from platform_inbox where provider = 'stripe' and status = 'received'`,
      );
      expect(Number(pending.count)).toBe(0);
    });
  }

  it('connects the business to its Stripe account and can take cards', async () => {
    const account = await signUp(env.app);
    const landing = await connectStripe(env, account, { business_name: 'Moss Joinery' });
    expect(landing.status).toBe(200);
    expect(landing.page).toContain('Stripe connected');

    const shown = await env.app.http().get('/api/v1/integrations/stripe').set(account.auth).expect(200);
    expect(shown.body).toMatchObject({ status: 'connected', chargesEnabled: true, businessName: 'Moss Joinery' });
    expect(env.stripe.admin.account(shown.body.stripeAccountId).connected).toBe(true);
    const options = await env.app.app.get(QueryBus).execute(new GetPaymentOptionsQuery(account.accountId, 'GBP'));
    expect(options).toEqual({ card: true, bank: false });

    await env.app.http().delete('/api/v1/integrations/stripe').set(account.auth).expect(204);
    const after = await env.app.http().get('/api/v1/integrations/stripe').set(account.auth).expect(200);
    expect(after.body.status).toBe('disconnected');
    expect(env.stripe.admin.account(shown.body.stripeAccountId).connected).toBe(false);
    await expect(startCheckout(account, invoiceOf(account))).rejects.toMatchObject({
      code: 'PAYMENTS.METHOD_UNAVAILABLE',
    });
  });

  it('refuses a callback whose state was used or never issued', async () => {
    const landing = await env.app.http().get('/api/v1/integrations/stripe/callback?state=forged&code=ac_x');
    expect(landing.status).toBe(400);
    expect(landing.text).toContain('Stripe was not connected');
  });

  it('answers 409 METHOD_UNAVAILABLE for an account without Stripe', async () => {
    const account = await signUp(env.app);
    await expect(startCheckout(account, invoiceOf(account))).rejects.toMatchObject({
      code: 'PAYMENTS.METHOD_UNAVAILABLE',
    });
    const options = await env.app.app.get(QueryBus).execute(new GetPaymentOptionsQuery(account.accountId, 'GBP'));
    expect(options.card).toBe(false);
  });

  it('takes a card: one session for the attempt, one payment and one PaymentSucceeded', async () => {
    const invoice = invoiceOf(owner, { balanceMinor: '12345' });
    const checkout = await startCheckout(owner, invoice);
    const session = env.stripe.admin.session(sessionOf(checkout));
    expect(session).toMatchObject({
      client_reference_id: checkout.attemptId,
      amount_total: 12345,
      currency: 'gbp',
      metadata: { attemptId: checkout.attemptId, invoiceId: invoice.invoiceId, accountId: owner.accountId },
      cancel_url: `${process.env.PUBLIC_URL}/p/some-token`,
      success_url: `${process.env.PUBLIC_URL}/p/some-token?paid=1`,
    });

    expect(env.stripe.admin.pay(session.id, { card: '4242424242424242' }).kind).toBe('paid');

    const [payment] = await waitFor(async () => {
      const rows = await paymentsOf(invoice.invoiceId);
      return rows.length > 0 && rows;
    });
    await settled();
    const intent = env.stripe.admin.session(session.id).payment_intent as string;
    expect(await paymentsOf(invoice.invoiceId)).toEqual([
      { id: payment.id, provider_payment_id: intent, amount_minor: '12345', reference: expect.any(String) },
    ]);
    expect(payment.reference.length).toBeLessThanOrEqual(21);
    const events = await succeededEventsOf(invoice.invoiceId);
    expect(events.map((event) => event.payload)).toEqual([
      expect.objectContaining({
        paymentId: payment.id,
        source: 'stripe',
        methodName: 'Stripe',
        reference: payment.reference,
      }),
    ]);
    expect((await attemptOf(checkout.attemptId)).status).toBe('succeeded');
    expect(env.stripe.admin.paymentIntent(intent).metadata).toMatchObject({ attemptId: checkout.attemptId });
  });

  it('charges a zero-decimal currency in its own units', async () => {
    const invoice = invoiceOf(owner, { currency: 'JPY', balanceMinor: '5000' });
    const checkout = await startCheckout(owner, invoice);
    expect(env.stripe.admin.session(sessionOf(checkout))).toMatchObject({ amount_total: 5000, currency: 'jpy' });
  });

  it('records nothing for a declined card, and the attempt stays open for another try', async () => {
    const invoice = invoiceOf(owner);
    const checkout = await startCheckout(owner, invoice);
    expect(env.stripe.admin.pay(sessionOf(checkout), { card: '4000000000000002' }).kind).toBe('declined');
    await settled();
    expect(await paymentsOf(invoice.invoiceId)).toEqual([]);
    expect((await attemptOf(checkout.attemptId)).status).toBe('open');
  });

  it('waits for a delayed payment, then records it when it succeeds', async () => {
    const invoice = invoiceOf(owner);
    const checkout = await startCheckout(owner, invoice);
    expect(env.stripe.admin.pay(sessionOf(checkout), { delayed: true }).kind).toBe('processing');
    await eventually(async () => expect((await attemptOf(checkout.attemptId)).status).toBe('awaiting_confirmation'));
    expect(await paymentState(owner, invoice.invoiceId)).toEqual({ processing: true, lastFailure: null });
    expect(await paymentsOf(invoice.invoiceId)).toEqual([]);

    env.stripe.admin.settleAsync(sessionOf(checkout), 'succeeded');
    await waitFor(async () => (await paymentsOf(invoice.invoiceId)).length === 1);
    await settled();
    expect(await paymentsOf(invoice.invoiceId)).toHaveLength(1);
    expect((await attemptOf(checkout.attemptId)).status).toBe('succeeded');
  });

  it('closes the attempt with its reason when a delayed payment fails', async () => {
    const invoice = invoiceOf(owner);
    const checkout = await startCheckout(owner, invoice);
    env.stripe.admin.pay(sessionOf(checkout), { delayed: true });
    await eventually(async () => expect((await attemptOf(checkout.attemptId)).status).toBe('awaiting_confirmation'));

    env.stripe.admin.settleAsync(sessionOf(checkout), 'failed');
    const attempt = await waitFor(async () => {
      const found = await attemptOf(checkout.attemptId);
      return found.status === 'failed' && found;
    });
    expect(attempt.failure_reason).toEqual(expect.any(String));
    await settled();
    expect(await paymentsOf(invoice.invoiceId)).toEqual([]);
    expect(await paymentState(owner, invoice.invoiceId)).toEqual({
      processing: false,
      lastFailure: attempt.failure_reason,
    });
  });

  it('closes an attempt whose session expired', async () => {
    const invoice = invoiceOf(owner);
    const checkout = await startCheckout(owner, invoice);
    env.stripe.admin.expireSession(sessionOf(checkout));
    await eventually(async () => expect((await attemptOf(checkout.attemptId)).status).toBe('expired'));
    expect(await paymentState(owner, invoice.invoiceId)).toEqual({ processing: false, lastFailure: null });
  });

  it('makes one payment of duplicated events delivered in reverse order', async () => {
    const invoice = invoiceOf(owner);
    const checkout = await startCheckout(owner, invoice);
    env.stripe.admin.holdWebhooks();
    env.stripe.admin.configureWebhooks({ duplicateNext: 10 });
    env.stripe.admin.pay(sessionOf(checkout), { delayed: true });
    env.stripe.admin.settleAsync(sessionOf(checkout), 'succeeded');
    const held = env.stripe.admin.heldEvents().map((event) => event.type);
    expect(held.indexOf('checkout.session.async_payment_succeeded')).toBeGreaterThan(
      held.indexOf('checkout.session.completed'),
    );

    await env.stripe.admin.releaseWebhooks('reverse');
    env.stripe.admin.configureWebhooks({ duplicateNext: 0 });
    await waitFor(async () => (await paymentsOf(invoice.invoiceId)).length === 1);
    await settled();
    expect(await paymentsOf(invoice.invoiceId)).toHaveLength(1);
    expect(await succeededEventsOf(invoice.invoiceId)).toHaveLength(1);
    expect((await attemptOf(checkout.attemptId)).status).toBe('succeeded');
    const duplicates = env.stripe.admin.webhookDeliveries().filter((delivery) => delivery.duplicate);
    expect(duplicates.length).toBeGreaterThan(0);
    expect(duplicates.every((delivery) => delivery.status === 200)).toBe(true);
  });

  it('refuses a forged signature with 401 and stores nothing', async () => {
    const [before] = await sql<{ count: string }>(`select count(*) from platform_inbox where provider = 'stripe'`);
    const payload = JSON.stringify({ id: 'evt_forged_1', object: 'event', type: 'checkout.session.completed' });
    const forged = new Stripe('sk_test_x').webhooks.generateTestHeaderString({ payload, secret: 'whsec_wrong' });

    const answer = await env.app
      .http()
      .post('/webhooks/stripe')
      .set('content-type', 'application/json')
      .set('stripe-signature', forged)
      .send(payload);
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('PAYMENTS.BAD_WEBHOOK_SIGNATURE');
    await env.app.http().post('/webhooks/stripe').set('content-type', 'application/json').send(payload).expect(401);

    const [event] = env.stripe.admin.events('checkout.session.completed');
    const redelivered = await env.stripe.admin.redeliver(event.id, { forgeSignature: true });
    expect(redelivered.status).toBe(401);
    const [after] = await sql<{ count: string }>(`select count(*) from platform_inbox where provider = 'stripe'`);
    expect(after.count).toBe(before.count);
  });

  /** Posts an event of an account Settle does not know, signed as Stripe signs it, `times` times; answers the body. */
  async function deliverSigned(event: { id: string; type: string; data: { object: object } }, times = 1) {
    const payload = JSON.stringify({
      object: 'event',
      account: 'acct_nobody',
      created: Math.floor(Date.now() / 1000),
      ...event,
    });
    const signature = new Stripe('sk_test_x').webhooks.generateTestHeaderString({
      payload,
      secret: env.stripe.webhookSecret,
    });
    for (let sent = 0; sent < times; sent += 1) {
      await env.app
        .http()
        .post('/webhooks/stripe')
        .set('content-type', 'application/json')
        .set('stripe-signature', signature)
        .send(payload)
        .expect(200);
    }
    return payload;
  }

  it('ignores, and keeps, an event about an attempt Settle does not know', async () => {
    await deliverSigned({
      id: 'evt_unknown_attempt',
      type: 'checkout.session.completed',
      data: {
        object: {
          id: 'cs_x',
          object: 'checkout.session',
          client_reference_id: 'nope',
          payment_status: 'paid',
          payment_intent: 'pi_x',
        },
      },
    });
    await eventually(async () => {
      const [row] = await sql<{ status: string }>(
        `select status from platform_inbox where provider = 'stripe' and dedupe_key = 'evt_unknown_attempt'`,
      );
      expect(row.status).toBe('ignored');
    });
  });

  it('keeps an event of a kind Settle does not act on as ignored at once, with no job', async () => {
    const payload = await deliverSigned(
      {
        id: 'evt_charge_succeeded',
        type: 'charge.succeeded',
        data: { object: { id: 'ch_x', object: 'charge', payment_intent: 'pi_x' } },
      },
      2,
    );

    const rows = await sql<{ id: string; status: string; processed: boolean; raw_body: string }>(
      `select id, status, processed_at is not null as processed, raw_body from platform_inbox
        where provider = 'stripe' and dedupe_key = 'evt_charge_succeeded'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'ignored', processed: true, raw_body: payload });
    const jobs = await sql<{ count: string }>(`select count(*) from platform_outbox where payload->>'inboxId' = ?`, [
      rows[0].id,
    ]);
    expect(jobs[0].count).toBe('0');
  });

  it('records a refund on the payment and flags it for the business to reconcile', async () => {
    const invoice = invoiceOf(owner, { balanceMinor: '10000' });
    const checkout = await startCheckout(owner, invoice);
    env.stripe.admin.pay(sessionOf(checkout), { card: '4242424242424242' });
    const [payment] = await waitFor(async () => {
      const rows = await paymentsOf(invoice.invoiceId);
      return rows.length > 0 && rows;
    });

    env.stripe.admin.refund(payment.provider_payment_id, 2500);
    const shown = await eventually(async () => {
      const view = await env.app.http().get(`/api/v1/payments/${payment.id}`).set(owner.auth).expect(200);
      expect(view.body.status).toBe('partially_refunded');
      return view.body;
    });
    expect(shown).toMatchObject({
      needsReconcile: true,
      refunded: { amount: '25.00', minorUnits: '2500', currency: 'GBP' },
      amount: { amount: '100.00' },
    });
    expect(shown.history.map((entry: { what: string }) => entry.what)).toContain(
      'Refunded 2500 of 10000 in all: refunded — reconcile',
    );
  });
});
