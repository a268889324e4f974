import { EntityManager } from '@mikro-orm/postgresql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import {
  ApplyPaymentToInvoiceCommand,
  GetInvoiceForPaymentQuery,
  type PaymentApplied,
} from '../../src/modules/invoicing/contracts';
import { AccountScope } from '../../src/platform/database/account-scope';
import { OutboxMessage } from '../../src/platform/outbox/outbox-message';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { invoiceRecord, voidedRevisionOf } from './support/invoice-record.mother';
import { upsertInvoices } from './support/invoices';

describe('applying payments to invoices (the payment saga’s Invoicing step)', () => {
  let app: TestApp;
  let owner: SignedUp;
  let nextQuickBooksId = 500;

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUp(app);
  });

  afterAll(() => app.close());

  async function newInvoice(overrides = {}): Promise<string> {
    const record = invoiceRecord({
      quickBooksId: String(nextQuickBooksId++),
      customerQuickBooksId: '58',
      ...overrides,
    });
    const [created] = await upsertInvoices(app, owner.accountId, [record]);
    return created.invoiceId as string;
  }

  function apply(
    invoiceId: string,
    amountMinor: string,
    options: { paymentId?: string; currency?: string; source?: 'stripe' | 'crezco' | 'manual' } = {},
  ): Promise<PaymentApplied> {
    return app.app
      .get(CommandBus)
      .execute(
        new ApplyPaymentToInvoiceCommand(
          owner.accountId,
          invoiceId,
          options.paymentId ?? randomUUID(),
          amountMinor,
          options.currency ?? 'GBP',
          options.source ?? 'stripe',
          '2026-03-06T14:30:00.000Z',
        ),
      );
  }

  async function detail(invoiceId: string) {
    return (await app.http().get(`/api/v1/invoices/${invoiceId}`).set(owner.auth).expect(200)).body;
  }

  async function paidEvents(invoiceId: string): Promise<Record<string, unknown>[]> {
    const rows = await app.app
      .get(EntityManager)
      .fork()
      .find(OutboxMessage, { eventName: 'invoicing.invoice-paid.v1', accountId: owner.accountId });
    return rows.map((row) => row.payload).filter((payload) => payload.invoiceId === invoiceId);
  }

  it('applies a part payment, then the rest: partly paid, then paid with one InvoicePaid via settle', async () => {
    const invoiceId = await newInvoice();
    const first = await apply(invoiceId, '5000');
    expect(first).toEqual({
      outcome: 'applied',
      appliedMinor: '5000',
      quickBooksInvoiceId: expect.any(String),
      quickBooksCustomerId: '58',
    });
    expect(await detail(invoiceId)).toMatchObject({
      balance: { minorUnits: '7000' },
      status: 'partially_paid',
      lastAction: { kind: 'paid_by_card' },
      overpaid: null,
    });
    expect(await paidEvents(invoiceId)).toEqual([]);

    expect(await apply(invoiceId, '7000', { source: 'crezco' })).toMatchObject({
      outcome: 'applied',
      appliedMinor: '7000',
    });
    expect(await detail(invoiceId)).toMatchObject({
      balance: { minorUnits: '0' },
      status: 'paid',
      lastAction: { kind: 'paid_by_bank' },
    });
    expect(await paidEvents(invoiceId)).toEqual([
      expect.objectContaining({ invoiceId, paidAt: '2026-03-06T14:30:00.000Z', via: 'settle' }),
    ]);
    const forPayment = await app.app.get(QueryBus).execute(new GetInvoiceForPaymentQuery(owner.accountId, invoiceId));
    expect(forPayment).toMatchObject({ balanceMinor: '0', payable: false, currency: 'GBP' });
  });

  it('applies a payment id once: a repeat is already_applied and changes nothing', async () => {
    const invoiceId = await newInvoice();
    const paymentId = randomUUID();
    expect((await apply(invoiceId, '12000', { paymentId })).outcome).toBe('applied');
    expect(await apply(invoiceId, '12000', { paymentId })).toMatchObject({
      outcome: 'already_applied',
      appliedMinor: '12000',
    });
    expect(await detail(invoiceId)).toMatchObject({ balance: { minorUnits: '0' }, overpaid: null });
    expect(await paidEvents(invoiceId)).toHaveLength(1);
  });

  it('applies the same payment delivered twice at once only once, and two payments at once both', async () => {
    const invoiceId = await newInvoice();
    const paymentId = randomUUID();
    const twice = await Promise.all([apply(invoiceId, '3000', { paymentId }), apply(invoiceId, '3000', { paymentId })]);
    expect(twice.map((result) => result.outcome).sort()).toEqual(['already_applied', 'applied']);
    await Promise.all([apply(invoiceId, '4000'), apply(invoiceId, '5000')]);
    expect(await detail(invoiceId)).toMatchObject({ balance: { minorUnits: '0' }, overpaid: null });
    expect(await paidEvents(invoiceId)).toHaveLength(1);
  });

  it('flags what was not due as overpaid: more than the balance, a paid invoice, a voided one', async () => {
    const invoiceId = await newInvoice();
    expect(await apply(invoiceId, '15000')).toMatchObject({ outcome: 'overpaid', appliedMinor: '12000' });
    expect(await apply(invoiceId, '2000')).toMatchObject({ outcome: 'overpaid', appliedMinor: '0' });
    expect(await detail(invoiceId)).toMatchObject({
      balance: { minorUnits: '0' },
      overpaid: { minorUnits: '5000' },
      lastAction: { kind: 'paid_by_card' },
    });

    const record = invoiceRecord({ quickBooksId: String(nextQuickBooksId++), balanceMinor: 6000n });
    const [voided] = await upsertInvoices(app, owner.accountId, [record]);
    await upsertInvoices(app, owner.accountId, [voidedRevisionOf(record)]);
    const voidedId = voided.invoiceId as string;
    expect(await apply(voidedId, '6000')).toMatchObject({ outcome: 'overpaid', appliedMinor: '0' });
    expect(await detail(voidedId)).toMatchObject({ status: 'voided', overpaid: { minorUnits: '6000' } });
    const forPayment = await app.app.get(QueryBus).execute(new GetInvoiceForPaymentQuery(owner.accountId, voidedId));
    expect(forPayment).toMatchObject({ payable: false });
  });

  it('flags a payment for a removed invoice as overpaid, and Payments no longer finds the invoice', async () => {
    const invoiceId = await newInvoice();
    await app.http().delete(`/api/v1/invoices/${invoiceId}`).set(owner.auth).expect(204);
    expect(await apply(invoiceId, '12000')).toMatchObject({ outcome: 'overpaid', appliedMinor: '0' });
    expect(await app.app.get(QueryBus).execute(new GetInvoiceForPaymentQuery(owner.accountId, invoiceId))).toBeNull();
  });

  it('refuses a payment in another currency, an amount that is not a positive whole number, an unknown invoice', async () => {
    const invoiceId = await newInvoice();
    await expect(apply(invoiceId, '5000', { currency: 'EUR' })).rejects.toMatchObject({
      code: 'INVOICING.PAYMENT_CURRENCY_MISMATCH',
    });
    for (const amount of ['0', '-5', '12.50', 'abc']) {
      await expect(apply(invoiceId, amount)).rejects.toMatchObject({ code: 'INVOICING.PAYMENT_AMOUNT_NOT_POSITIVE' });
    }
    await expect(apply(randomUUID(), '5000')).rejects.toMatchObject({ code: 'INVOICING.INVOICE_NOT_FOUND' });
    expect(await detail(invoiceId)).toMatchObject({
      balance: { minorUnits: '12000' },
      lastAction: { kind: 'imported' },
    });
  });

  it("joins the caller's transaction: a saga step that fails afterwards leaves nothing applied", async () => {
    const invoiceId = await newInvoice();
    const paymentId = randomUUID();
    const saga = app.app.get(AccountScope).transaction(owner.accountId, async () => {
      await apply(invoiceId, '12000', { paymentId });
      throw new Error('the next step failed');
    });
    await expect(saga).rejects.toThrow('the next step failed');
    expect(await detail(invoiceId)).toMatchObject({ balance: { minorUnits: '12000' } });
    expect(await paidEvents(invoiceId)).toEqual([]);
    expect((await apply(invoiceId, '12000', { paymentId })).outcome).toBe('applied');
  });

  it("answers the invoice for Payments, and null for another account's", async () => {
    const invoiceId = await newInvoice({ docNumber: 'PAY-1' });
    expect(await app.app.get(QueryBus).execute(new GetInvoiceForPaymentQuery(owner.accountId, invoiceId))).toEqual({
      invoiceId,
      number: 'PAY-1',
      contactId: expect.any(String),
      currency: 'GBP',
      balanceMinor: '12000',
      payable: true,
      quickBooksId: expect.any(String),
    });
    const stranger = await signUp(app);
    expect(
      await app.app.get(QueryBus).execute(new GetInvoiceForPaymentQuery(stranger.accountId, invoiceId)),
    ).toBeNull();
    await expect(
      app.app
        .get(CommandBus)
        .execute(
          new ApplyPaymentToInvoiceCommand(
            stranger.accountId,
            invoiceId,
            randomUUID(),
            '1',
            'GBP',
            'stripe',
            '2026-03-06',
          ),
        ),
    ).rejects.toMatchObject({ code: 'INVOICING.INVOICE_NOT_FOUND' });
  });
});
