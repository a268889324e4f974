import { EntityManager } from '@mikro-orm/postgresql';
import { CommandBus } from '@nestjs/cqrs';
import { newId } from '../../libs/ids';
import { formatScaled, Money } from '../../libs/money';
import type { QboInvoice, QboPayment } from '../../libs/quickbooks/qbo-types';
import { generateCompany } from '../../libs/sandbox/quickbooks/generator';
import { eventually } from '../../libs/testing';
import { RecordPaymentInQuickBooksCommand } from '../../src/modules/integration/contracts';
import { QuickBooksChangeNoticeRecord } from '../../src/modules/integration/domain/quickbooks-change-notice.record';
import { AccountScope } from '../../src/platform/database/account-scope';
import { type SignedUp } from '../support/accounts';
import { latestYearOf, runImport, type SandboxedApp, startConnectedApp } from '../support/quickbooks';

const company = generateCompany({
  seed: 'record-payment',
  customers: 12,
  invoices: 240,
  sharedContactShare: 0,
  realmId: '9130000000000701',
});
const realmId = company.realmId;
const year = latestYearOf(company);
const isOpen = (invoice: QboInvoice) =>
  invoice.Balance > 0 &&
  invoice.Balance === invoice.TotalAmt &&
  !invoice.PrivateNote?.startsWith('Voided') &&
  invoice.TxnDate.startsWith(String(year));
// The business renamed its Undeposited Funds account: Settle finds it by its detail type.
const undeposited = company.accounts.find((account) => account.AccountSubType === 'UndepositedFunds');
if (undeposited) undeposited.Name = 'Card takings in transit';

interface Write {
  state: string;
  quick_books_payment_id: string | null;
  sync_token: string | null;
  last_error: string | null;
  attempts: number;
  round: number;
}

interface SettleInvoice {
  id: string;
  number: string;
  currency: string;
  balance: { minorUnits: string };
  lastAction: { kind: string };
  quickBooks: { id: string };
}

describe('a Settle payment is written to QuickBooks', () => {
  let env: SandboxedApp;
  let owner: SignedUp;
  const available = new Map<string, QboInvoice[]>();

  beforeAll(async () => {
    ({ env, owner } = await startConnectedApp([company], realmId));
    const run = await runImport(env, owner, { kind: 'invoices', year });
    expect(run.status).toBe('completed');
    for (const invoice of company.invoices.filter(isOpen)) {
      const currency = invoice.CurrencyRef?.value ?? 'GBP';
      available.set(currency, [...(available.get(currency) ?? []), invoice]);
    }
    expect(available.get('GBP')?.length).toBeGreaterThanOrEqual(16);
    expect(available.get('EUR')?.length).toBeGreaterThanOrEqual(1);
  });

  afterAll(() => env.close());

  /** An imported open invoice no other test uses, as QuickBooks holds it now. */
  function takeInvoice(currency = 'GBP'): QboInvoice {
    const invoice = available.get(currency)?.shift();
    if (!invoice) throw new Error(`No open ${currency} invoice left for this test`);
    return inQuickBooks(invoice.Id);
  }

  const inQuickBooks = (id: string) => env.sandbox.user.read(realmId, 'Invoice', id);
  const paymentInQuickBooks = (id: string) => env.sandbox.user.read(realmId, 'Payment', id);
  const countOf = (entity: 'Payment' | 'PaymentMethod') =>
    env.sandbox.admin.companies().find((c) => c.realmId === realmId)?.counts[entity] ?? 0;
  const db = () => env.app.app.get(EntityManager).fork().getConnection();
  const minor = (amount: number, currency = 'GBP') => Money.parse(amount, currency).minorUnits.toString();
  const paymentsOf = (invoice: QboInvoice) =>
    (inQuickBooks(invoice.Id).LinkedTxn ?? []).filter((linked) => linked.TxnType === 'Payment');

  /** Sends the command as the payment saga does: inside a transaction of the account. */
  async function record(
    invoice: QboInvoice,
    options: { paymentId?: string; amount?: string; applied?: string; reference?: string | null } = {},
  ): Promise<string> {
    const currency = invoice.CurrencyRef?.value ?? 'GBP';
    const paymentId = options.paymentId ?? newId();
    const amount = options.amount ?? minor(invoice.Balance, currency);
    const command = new RecordPaymentInQuickBooksCommand(
      owner.accountId,
      paymentId,
      invoice.Id,
      amount,
      options.applied ?? amount,
      currency,
      'Stripe',
      options.reference === undefined ? `pi_${paymentId.slice(-12)}` : options.reference,
      '2026-12-01',
    );
    const commands = env.app.app.get(CommandBus);
    await env.app.app.get(AccountScope).transaction(owner.accountId, () => commands.execute(command));
    return paymentId;
  }

  async function writeOf(paymentId: string): Promise<Write | undefined> {
    const [write] = await db().execute<Write[]>(
      `select state, quick_books_payment_id, sync_token, last_error, attempts, round
         from integration_quickbooks_payment_writes where payment_id = ?`,
      [paymentId],
    );
    return write;
  }

  async function settled(paymentId: string, state: 'written' | 'failed' = 'written'): Promise<Write> {
    return eventually(async () => {
      const write = await writeOf(paymentId);
      expect(write?.state).toBe(state);
      return write as Write;
    }, 20_000);
  }

  async function eventsOf(paymentId: string): Promise<string[]> {
    const rows = await db().execute<{ event_name: string }[]>(
      `select event_name from platform_outbox where payload->>'paymentId' = ? order by occurred_at`,
      [paymentId],
    );
    return rows.map((row) => row.event_name);
  }

  async function settleInvoiceOf(invoice: QboInvoice): Promise<SettleInvoice> {
    const list = await env.app.http().get(`/api/v1/invoices?limit=100&q=${invoice.DocNumber}`).set(owner.auth);
    const row = (list.body.data as { id: string; number: string }[]).find((r) => r.number === invoice.DocNumber);
    if (!row) throw new Error(`Invoice ${invoice.DocNumber} is not in Settle`);
    const shown = await env.app.http().get(`/api/v1/invoices/${row.id}`).set(owner.auth).expect(200);
    return shown.body as SettleInvoice;
  }

  async function processedNotices(entity: string, entityId: string): Promise<QuickBooksChangeNoticeRecord[]> {
    return eventually(async () => {
      const notices = await env.app.app
        .get(EntityManager)
        .fork()
        .find(QuickBooksChangeNoticeRecord, { realmId, entity, entityId });
      expect(notices.length).toBeGreaterThan(0);
      expect(notices.every((notice) => notice.processedAt !== null)).toBe(true);
      return notices;
    }, 20_000);
  }

  it('writes one Payment into Undeposited Funds, linked to the invoice, with the PaymentMethod "Stripe" made once and reused', async () => {
    const invoice = takeInvoice();
    const methodsBefore = countOf('PaymentMethod');
    const paymentId = await record(invoice, { reference: 'STP-7K2Q9D' });

    const write = await settled(paymentId);
    const payment = paymentInQuickBooks(write.quick_books_payment_id as string);
    expect(payment).toMatchObject({
      CustomerRef: { value: invoice.CustomerRef.value },
      TotalAmt: invoice.Balance,
      UnappliedAmt: 0,
      TxnDate: '2026-12-01',
      DepositToAccountRef: { value: undeposited?.Id },
      PaymentRefNum: 'STP-7K2Q9D',
      PrivateNote: `Settle payment ${paymentId} via Stripe (STP-7K2Q9D)`,
      Line: [{ Amount: invoice.Balance, LinkedTxn: [{ TxnId: invoice.Id, TxnType: 'Invoice' }] }],
    });
    expect(payment.ExchangeRate).toBeUndefined();
    expect(write.sync_token).toBe(payment.SyncToken);
    const method = env.sandbox.user.read(realmId, 'PaymentMethod', payment.PaymentMethodRef?.value as string);
    expect(method).toMatchObject({ Name: 'Stripe', Type: 'CREDIT_CARD', Active: true });
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
    expect(paymentsOf(invoice)).toEqual([{ TxnId: payment.Id, TxnType: 'Payment' }]);
    expect(await eventsOf(paymentId)).toEqual(['integration.quickbooks-payment-recorded.v1']);

    const second = takeInvoice();
    const again = await settled(await record(second));
    expect(paymentInQuickBooks(again.quick_books_payment_id as string).PaymentMethodRef).toEqual(
      payment.PaymentMethodRef,
    );
    expect(countOf('PaymentMethod')).toBe(methodsBefore + 1);
  });

  it('asks QuickBooks only for the invoice and the Payment once the account and the method are known', async () => {
    await settled(await record(takeInvoice()));
    const invoice = takeInvoice();
    const before = env.sandbox.admin.apiRequests(realmId);

    const paymentId = await record(invoice);
    await settled(paymentId);

    const made = env.sandbox.admin.apiRequests(realmId) - before;
    const calls = env.sandbox.admin.recentApiRequests(realmId).slice(-made);
    expect(calls.filter((call) => /from (PaymentMethod|Account)\b/i.test(call))).toEqual([]);
    expect(calls.filter((call) => call.startsWith('POST ') && /\/payment\?/.test(call))).toHaveLength(1);
  });

  it('looks again when QuickBooks refuses a kept PaymentMethod someone made inactive, and reactivates it', async () => {
    const first = await settled(await record(takeInvoice()));
    const method = paymentInQuickBooks(first.quick_books_payment_id as string).PaymentMethodRef?.value as string;
    env.sandbox.user.deactivatePaymentMethod(realmId, method);
    const methods = countOf('PaymentMethod');
    const invoice = takeInvoice();

    const write = await settled(await record(invoice));

    expect(write.attempts).toBe(1);
    expect(paymentInQuickBooks(write.quick_books_payment_id as string).PaymentMethodRef?.value).toBe(method);
    expect(env.sandbox.user.read(realmId, 'PaymentMethod', method).Active).toBe(true);
    expect(countOf('PaymentMethod')).toBe(methods);
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
  });

  it("knows the Payment QuickBooks reports back as Settle's own without reading it, and a repeated command writes nothing more", async () => {
    const invoice = takeInvoice();
    // QuickBooks' notices of the write wait until Settle has recorded it.
    const { batchDelayMs } = env.sandbox.admin.webhookConfig();
    env.sandbox.admin.configureWebhooks({ batchDelayMs: 60_000 });
    const paymentId = await record(invoice);
    const write = await settled(paymentId);
    const quickBooksPaymentId = write.quick_books_payment_id as string;
    env.sandbox.admin.configureWebhooks({ batchDelayMs });
    await env.sandbox.admin.flushWebhooks();

    const [echo] = await processedNotices('Payment', quickBooksPaymentId);
    expect(echo.outcome).toBe(`payment ${quickBooksPaymentId}: Settle's own payment in QuickBooks`);
    const reads = env.sandbox.admin
      .recentApiRequests(realmId)
      .filter((call) => call.startsWith(`GET /v3/company/${realmId}/payment/${quickBooksPaymentId}`));
    expect(reads).toEqual([]);
    // The invoice's own notice is handed to Invoicing as any invoice revision (its balance is Settle's to judge).
    const [invoiceNotice] = await processedNotices('Invoice', invoice.Id);
    expect(invoiceNotice.outcome).toContain(`invoice ${invoice.Id}:`);

    const payments = countOf('Payment');
    await record(invoice, { paymentId });
    await eventually(async () =>
      expect(await eventsOf(paymentId)).toEqual([
        'integration.quickbooks-payment-recorded.v1',
        'integration.quickbooks-payment-recorded.v1',
      ]),
    );
    expect(await writeOf(paymentId)).toMatchObject({ state: 'written', round: 1 });
    expect(countOf('Payment')).toBe(payments);
  });

  it('makes exactly one Payment when the answer to the write is lost and the job runs again', async () => {
    const invoice = takeInvoice();
    // Every try of the first run reaches QuickBooks and loses its answer: the run fails, the job runs again.
    env.sandbox.admin.loseNextAnswers(realmId, 'Payment', 6);
    const payments = countOf('Payment');

    const write = await settled(await record(invoice));

    expect(write.attempts).toBeGreaterThanOrEqual(2);
    expect(countOf('Payment')).toBe(payments + 1);
    expect(paymentsOf(invoice)).toEqual([{ TxnId: write.quick_books_payment_id, TxnType: 'Payment' }]);
  });

  it('adopts the Payment an earlier round made when QuickBooks no longer replays its requestid', async () => {
    const invoice = takeInvoice();
    const paymentId = await record(invoice);
    const first = await settled(paymentId);
    // As if the record of the write were lost: the write failed, QuickBooks forgot the requestid.
    await db().execute(
      `update integration_quickbooks_payment_writes
          set state = 'failed', quick_books_payment_id = null, sync_token = null where payment_id = ?`,
      [paymentId],
    );
    env.sandbox.admin.forgetRequestIds(realmId);
    const payments = countOf('Payment');

    await record(invoice, { paymentId });

    await eventually(async () => expect(await writeOf(paymentId)).toMatchObject({ state: 'written', round: 2 }));
    expect((await writeOf(paymentId))?.quick_books_payment_id).toBe(first.quick_books_payment_id);
    expect(countOf('Payment')).toBe(payments);
  });

  it('rides out QuickBooks being down, then writes once', async () => {
    const invoice = takeInvoice();
    env.sandbox.admin.failNextWrites(realmId, 'Payment', 'system', 8);
    const payments = countOf('Payment');

    const write = await settled(await record(invoice));

    expect(write.attempts).toBeGreaterThanOrEqual(2);
    expect(countOf('Payment')).toBe(payments + 1);
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
  });

  it("fails a payment QuickBooks refuses with QuickBooks' reason, shows it in the sync health, and writes it on a retry", async () => {
    const invoice = takeInvoice();
    env.sandbox.admin.failNextWrites(realmId, 'Payment', 'closedPeriod');

    const paymentId = await record(invoice);

    const failed = await settled(paymentId, 'failed');
    expect(failed.last_error).toContain('Account Period Closed');
    expect(failed.attempts).toBe(1);
    expect(await eventsOf(paymentId)).toEqual(['integration.quickbooks-payment-failed.v1']);
    const health = await env.app.http().get('/api/v1/integrations/quickbooks').set(owner.auth).expect(200);
    expect(health.body.payments).toMatchObject({
      notInQuickBooks: 1,
      latestFailure: { paymentId, reason: failed.last_error },
    });
    expect(paymentsOf(invoice)).toEqual([]);

    await record(invoice, { paymentId });

    await eventually(async () => expect(await writeOf(paymentId)).toMatchObject({ state: 'written', round: 2 }));
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
    const after = await env.app.http().get('/api/v1/integrations/quickbooks').set(owner.auth).expect(200);
    expect(after.body.payments).toMatchObject({ notInQuickBooks: 0, latestFailure: null });
  });

  it("writes a foreign-currency payment in the invoice's currency with QuickBooks' exchange rate", async () => {
    const invoice = takeInvoice('EUR');
    env.sandbox.admin.setExchangeRate(realmId, 'EUR', 0.8612);

    const write = await settled(await record(invoice));

    expect(paymentInQuickBooks(write.quick_books_payment_id as string)).toMatchObject({
      CurrencyRef: { value: 'EUR' },
      ExchangeRate: 0.8612,
      TotalAmt: invoice.Balance,
    });
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
  });

  it('applies a partial payment and leaves the rest open', async () => {
    const invoice = takeInvoice();
    const half = Money.parse(invoice.Balance, 'GBP').minorUnits / 2n;

    const write = await settled(await record(invoice, { amount: half.toString() }));

    expect(paymentInQuickBooks(write.quick_books_payment_id as string)).toMatchObject({
      TotalAmt: Number(formatScaled(half, 2)),
      UnappliedAmt: 0,
    });
    expect(Money.parse(inQuickBooks(invoice.Id).Balance, 'GBP').minorUnits).toBe(
      Money.parse(invoice.Balance, 'GBP').minorUnits - half,
    );
  });

  it('leaves what is paid beyond the balance unapplied, a credit for the customer', async () => {
    const invoice = takeInvoice();
    const balance = Money.parse(invoice.Balance, 'GBP').minorUnits;

    const write = await settled(
      await record(invoice, { amount: (balance + 1000n).toString(), applied: balance.toString() }),
    );

    expect(paymentInQuickBooks(write.quick_books_payment_id as string)).toMatchObject({
      TotalAmt: Number(formatScaled(balance + 1000n, 2)),
      UnappliedAmt: 10,
      Line: [{ Amount: invoice.Balance }],
    });
    expect(inQuickBooks(invoice.Id).Balance).toBe(0);
  });

  it('brings a payment entered in QuickBooks to the invoice in Settle at once', async () => {
    const invoice = takeInvoice();
    const part = Math.round(invoice.Balance * 40) / 100;
    const entered = env.sandbox.user.receivePayment(realmId, { invoiceId: invoice.Id, amount: part });

    const [notice] = await processedNotices('Payment', entered.Id);

    expect(notice.outcome).toContain(`payment ${entered.Id} entered in QuickBooks: invoice ${invoice.Id}:`);
    await eventually(async () => {
      const shown = await settleInvoiceOf(invoice);
      expect(shown.balance.minorUnits).toBe(minor(inQuickBooks(invoice.Id).Balance));
    });
    expect(await writeOf(entered.Id)).toBeUndefined();
    expect((paymentInQuickBooks(entered.Id) as QboPayment).PrivateNote).toBeUndefined();
  });
});
