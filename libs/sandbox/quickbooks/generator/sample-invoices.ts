import { Money } from '../../../money';
import type { QboCustomer, QboGlobalTaxCalculation, QboInvoice, QboPayment } from '../../../quickbooks/qbo-types';
import { BuildContext } from './build-context';
import { GROUP_ITEM, ITEM_SPECS, ZERO_RATED } from './company-setup';
import { addDays, pacificTimestamp } from './entity-metadata';
import { buildInvoiceInContext } from './invoice-builder';
import { applyPaymentToInvoice, voidInvoice } from './invoice-lifecycle';
import { InvoiceLineSpec, SalesLineSpec } from './invoice-lines';
import { QBO_ROUNDING } from './invoice-totals';
import { buildPaymentInContext } from './payment-builder';
import { SeededRandom } from './seeded-random';

/** Shares of the kinds of invoice, each of all invoices (tax treatment: of home-currency ones). */
export const INVOICE_SHARES = {
  voided: 0.02,
  paid: 0.5,
  partlyPaid: 0.1,
  paidInTwoInstalments: 0.15,
  treatment: { TaxExcluded: 0.65, TaxInclusive: 0.22, NotApplicable: 0.13 },
  discount: 0.12,
  groupLine: 0.08,
  descriptionLine: 0.1,
  subtotalLine: 0.06,
} as const;

export interface InvoiceGenerationOptions {
  count: number;
  firstDate: string;
  days: number;
}

export interface GeneratedTransactions {
  invoices: QboInvoice[];
  payments: QboPayment[];
}

const NOTES = [
  'PO 4471',
  'Called re payment',
  'Deposit agreed by phone',
  'Job ref JR-2291',
  'Chased by email',
] as const;
const MEMOS = [
  'Thank you for your business.',
  'Payment within 30 days, please.',
  'Thanks! Bank details below.',
] as const;
const HEATING_OIL_ID = '11';
const EXCHANGE_RATE_PREFIXES: Record<string, string> = { USD: '0.7', EUR: '0.8', JPY: '0.005' };
const AMOUNT_DISCOUNTS: Record<string, readonly string[]> = {
  GBP: ['5', '10', '20', '12.50'],
  USD: ['10', '25'],
  EUR: ['10', '15'],
  JPY: ['1000', '2500'],
};

export function generateTransactions(
  random: SeededRandom,
  context: BuildContext,
  customers: readonly QboCustomer[],
  options: InvoiceGenerationOptions,
): GeneratedTransactions {
  const invoices: QboInvoice[] = [];
  const payments: QboPayment[] = [];
  let nextPaymentId = options.count + 1;
  for (let index = 0; index < options.count; index++) {
    const txnDate = addDays(options.firstDate, Math.floor(((index + random.next()) * options.days) / options.count));
    const customer = customers[Math.floor(customers.length * random.next() ** 1.6)];
    let invoice = sampleInvoice(index, txnDate, customer, random, context);
    const fate = random.next();
    if (fate < INVOICE_SHARES.voided) {
      invoice = voidInvoice(invoice, pacificTimestamp(addDays(txnDate, random.int(0, 20)), random.int(28_800, 64_800)));
    } else if (fate < INVOICE_SHARES.voided + INVOICE_SHARES.paid + INVOICE_SHARES.partlyPaid && invoice.TotalAmt > 0) {
      const partly = fate >= INVOICE_SHARES.voided + INVOICE_SHARES.paid;
      const total = Money.parse(invoice.TotalAmt, invoice.CurrencyRef.value);
      const instalments = partly
        ? [total.percentOf(random.int(20, 80), QBO_ROUNDING)]
        : random.chance(INVOICE_SHARES.paidInTwoInstalments)
          ? total.allocate([1, 1])
          : [total];
      let paidOn = txnDate;
      for (const amount of instalments.filter((instalment) => instalment.isPositive())) {
        paidOn = addDays(paidOn, random.int(0, 45));
        const payment = samplePayment(String(nextPaymentId++), invoice, amount, paidOn, random, context);
        payments.push(payment);
        invoice = applyPaymentToInvoice(invoice, payment.Id, amount, context.homeCurrency, payment.MetaData.CreateTime);
      }
    }
    invoices.push(invoice);
  }
  return { invoices, payments };
}

function sampleInvoice(
  index: number,
  txnDate: string,
  customer: QboCustomer,
  random: SeededRandom,
  context: BuildContext,
): QboInvoice {
  const currency = customer.CurrencyRef?.value ?? context.homeCurrency;
  const foreign = currency !== context.homeCurrency;
  const treatment: QboGlobalTaxCalculation = foreign
    ? random.weighted<QboGlobalTaxCalculation>([
        ['TaxExcluded', 0.4],
        ['NotApplicable', 0.6],
      ])
    : random.weighted<QboGlobalTaxCalculation>(
        Object.entries(INVOICE_SHARES.treatment) as [QboGlobalTaxCalculation, number][],
      );
  const exchangeRate = foreign ? EXCHANGE_RATE_PREFIXES[currency] + random.int(1000, 9999) : '1';
  const lines = sampleLines(random, treatment, foreign, currency);
  const input = {
    id: String(index + 1),
    docNumber: String(1001 + index),
    customerId: customer.Id,
    currency,
    exchangeRate,
    taxTreatment: treatment,
    txnDate,
    lines,
    privateNote: random.chance(0.1) ? random.pick(NOTES) : undefined,
    customerMemo: random.chance(0.3) ? random.pick(MEMOS) : undefined,
    emailStatus: random.weighted<QboInvoice['EmailStatus']>([
      ['EmailSent', 7],
      ['NotSet', 2],
      ['NeedToSend', 1],
    ]),
    createdAtSecond: random.int(28_800, 64_800),
  };
  const invoice = buildInvoiceInContext(context, input);
  // An amount discount larger than a small invoice is refused by QuickBooks: drop it.
  return invoice.TotalAmt >= 0
    ? invoice
    : buildInvoiceInContext(context, { ...input, lines: lines.filter((line) => line.kind !== 'discount') });
}

function sampleLines(
  random: SeededRandom,
  treatment: QboGlobalTaxCalculation,
  foreign: boolean,
  currency: string,
): InvoiceLineSpec[] {
  const zeroRated = foreign && treatment === 'TaxExcluded';
  const count = random.weighted<number>([
    [1, 3],
    [2, 3],
    [3, 2],
    [4, 1],
    [5, 1],
    [6, 0.5],
  ]);
  const lines: InvoiceLineSpec[] = [];
  for (let i = 0; i < count; i++) lines.push({ kind: 'item', ...sampleSale(random, treatment, foreign, zeroRated) });
  if (random.chance(INVOICE_SHARES.subtotalLine) && lines.length >= 2)
    lines.splice(random.int(1, lines.length - 1), 0, { kind: 'subtotal' });
  if (random.chance(INVOICE_SHARES.groupLine)) {
    const parts: SalesLineSpec[] = GROUP_ITEM.parts.map((part) => ({
      itemId: part.itemId,
      qty: part.qty,
      ...(zeroRated ? { taxCodeId: ZERO_RATED.codeId } : {}),
    }));
    lines.splice(random.int(0, lines.length), 0, {
      kind: 'group',
      groupItemId: GROUP_ITEM.id,
      quantity: 1,
      lines: parts,
    });
  }
  if (random.chance(INVOICE_SHARES.descriptionLine))
    lines.splice(random.int(0, lines.length), 0, { kind: 'description', text: 'Work carried out as agreed on site.' });
  if (treatment !== 'TaxInclusive' && random.chance(INVOICE_SHARES.discount)) {
    lines.push(
      random.chance(0.7)
        ? { kind: 'discount', percent: random.pick(['5', '10', '12.5', '15']) }
        : { kind: 'discount', amount: random.pick(AMOUNT_DISCOUNTS[currency]) },
    );
  }
  return lines;
}

function sampleSale(
  random: SeededRandom,
  treatment: QboGlobalTaxCalculation,
  foreign: boolean,
  zeroRated: boolean,
): SalesLineSpec {
  const item = random.pick(ITEM_SPECS);
  const qty =
    item.id === HEATING_OIL_ID
      ? random.int(300, 1200)
      : item.type === 'Service'
        ? random.pick([1, 1, 1, 2, 3, 4, 8, 0.5, 1.5, 2.25, 7.5])
        : random.int(1, 12);
  const spec: SalesLineSpec = { itemId: item.id, qty, ...(zeroRated ? { taxCodeId: ZERO_RATED.codeId } : {}) };
  if (treatment === 'TaxInclusive') {
    // VAT-inclusive prices are what the customer sees: round figures such as 102 or 49.99.
    const gross = Money.parse(item.unitPrice, 'GBP', { rounding: QBO_ROUNDING }).percentOf(
      100 + item.vat.percent,
      QBO_ROUNDING,
    );
    const pounds = gross.minorUnits / 100n;
    return { ...spec, unitPrice: random.chance(0.5) ? String(pounds + 1n) : `${pounds}.99` };
  }
  if (!foreign && random.chance(0.2)) return { ...spec, unitPrice: `${random.int(5, 400)}.${random.digits(2)}` };
  return spec;
}

function samplePayment(
  id: string,
  invoice: QboInvoice,
  amount: Money,
  txnDate: string,
  random: SeededRandom,
  context: BuildContext,
): QboPayment {
  return buildPaymentInContext(context, {
    id,
    customerId: invoice.CustomerRef.value,
    currency: invoice.CurrencyRef.value,
    exchangeRate: invoice.ExchangeRate,
    applications: [{ invoiceId: invoice.Id, amount: amount.toDecimalString() }],
    txnDate,
    paymentMethodId: String(random.int(1, 6)),
    paymentRefNum: random.chance(0.3) ? `INV${invoice.DocNumber}` : undefined,
    createdAtSecond: random.int(28_800, 64_800),
  });
}
