import { DecimalInput } from '../../../money';
import type {
  QboCompanyData,
  QboGlobalTaxCalculation,
  QboInvoice,
  QboLine,
  QboTaxLine,
} from '../../../quickbooks/qbo-types';
import { BuildContext, buildContext } from './build-context';
import { currencyRef } from './company-setup';
import { addDays, metaData } from './entity-metadata';
import { computeInvoiceTotals, InvoiceTotals, QBO_ROUNDING } from './invoice-totals';
import { buildLines, discountLine, InvoiceLineSpec } from './invoice-lines';
import { nextDocNumber, nextTransactionId, todayInLondon } from './next-ids';

export interface BuildInvoiceInput {
  customerId: string;
  lines: readonly InvoiceLineSpec[];
  /** Default TaxExcluded. */
  taxTreatment?: QboGlobalTaxCalculation;
  /** Default: the customer's currency. */
  currency?: string;
  /** Home-currency units per unit of `currency` (QuickBooks' ExchangeRate); default from a table. */
  exchangeRate?: DecimalInput;
  /** Default: today (London). */
  txnDate?: string;
  /** Default: 30 days after txnDate (Net 30). */
  dueDate?: string;
  /** Default: the next transaction Id / DocNumber in the company. */
  id?: string;
  docNumber?: string;
  privateNote?: string;
  customerMemo?: string;
  emailStatus?: QboInvoice['EmailStatus'];
  /** Seconds after midnight of txnDate when it was created (MetaData); default 10:00. */
  createdAtSecond?: number;
}

/** Indicative home-currency (GBP) value of one unit of each foreign currency. */
export const DEFAULT_EXCHANGE_RATES: Record<string, string> = {
  GBP: '1',
  USD: '0.7862',
  EUR: '0.8541',
  JPY: '0.0052714',
};

/**
 * A new invoice as QuickBooks would store it after a user entered these lines: line Amounts,
 * TxnTaxDetail, TotalAmt, Balance and HomeTotalAmt computed by the rule in invoice-totals.ts.
 * Does not add it to the company.
 */
export function buildInvoice(company: QboCompanyData, input: BuildInvoiceInput): QboInvoice {
  return buildInvoiceInContext(buildContext(company), {
    ...input,
    id: input.id ?? nextTransactionId(company),
    docNumber: input.docNumber ?? nextDocNumber(company),
  });
}

export function buildInvoiceInContext(
  context: BuildContext,
  input: BuildInvoiceInput & { id: string; docNumber: string },
): QboInvoice {
  const customer = context.customer(input.customerId);
  const currency = input.currency ?? customer.CurrencyRef?.value ?? context.homeCurrency;
  const treatment = input.taxTreatment ?? 'TaxExcluded';
  const exchangeRate = String(input.exchangeRate ?? DEFAULT_EXCHANGE_RATES[currency] ?? missingRate(currency));
  const built = buildLines({ specs: input.lines, currency, treatment, exchangeRate, context });
  const totals = computeInvoiceTotals({
    currency,
    treatment,
    salesLines: built.salesLines,
    discount: built.discount,
    ratesOfCode: context.ratesOfCode,
  });
  const txnDate = input.txnDate ?? todayInLondon();
  const lines: QboLine[] = [
    ...built.lines,
    { Amount: totals.subtotal.toNumber(), DetailType: 'SubTotalLineDetail', SubTotalLineDetail: {} },
  ];
  if (built.discount) lines.push(discountLine(built.discount, totals.discount, context.discountAccountId));
  const foreign = currency !== context.homeCurrency;
  const homeTotal = totals.totalAmt.convert(context.homeCurrency, exchangeRate, QBO_ROUNDING).toNumber();
  const email = customer.PrimaryEmailAddr?.Address.trim();
  return {
    Id: input.id,
    SyncToken: '0',
    domain: 'QBO',
    sparse: false,
    MetaData: metaData(txnDate, input.createdAtSecond ?? 36_000),
    CustomField: [],
    DocNumber: input.docNumber,
    TxnDate: txnDate,
    CurrencyRef: currencyRef(currency),
    ExchangeRate: Number(exchangeRate),
    ...(input.privateNote ? { PrivateNote: input.privateNote } : {}),
    LinkedTxn: [],
    Line: lines,
    TxnTaxDetail: taxDetail(totals, treatment),
    CustomerRef: { value: customer.Id, name: customer.DisplayName },
    ...(input.customerMemo ? { CustomerMemo: { value: input.customerMemo } } : {}),
    ...(customer.BillAddr ? { BillAddr: customer.BillAddr } : {}),
    ...(customer.ShipAddr ? { ShipAddr: customer.ShipAddr } : {}),
    SalesTermRef: { value: '3', name: 'Net 30' },
    DueDate: input.dueDate ?? addDays(txnDate, 30),
    GlobalTaxCalculation: treatment,
    TotalAmt: totals.totalAmt.toNumber(),
    ...(foreign ? { HomeTotalAmt: homeTotal } : {}),
    PrintStatus: 'NotSet',
    EmailStatus: input.emailStatus ?? 'NotSet',
    ...(email ? { BillEmail: { Address: email } } : {}),
    Balance: totals.totalAmt.toNumber(),
    ...(foreign ? { HomeBalance: homeTotal } : {}),
    ApplyTaxAfterDiscount: built.discount !== undefined,
    AllowOnlineCreditCardPayment: false,
    AllowOnlineACHPayment: false,
    Deposit: 0,
  };
}

function taxDetail(totals: InvoiceTotals, treatment: QboGlobalTaxCalculation): NonNullable<QboInvoice['TxnTaxDetail']> {
  if (treatment === 'NotApplicable') return { TotalTax: 0 };
  const taxLines: QboTaxLine[] = totals.taxLines.map((line) => ({
    Amount: line.tax.toNumber(),
    DetailType: 'TaxLineDetail',
    TaxLineDetail: {
      TaxRateRef: { value: line.rate.rateId },
      PercentBased: true,
      TaxPercent: Number(line.rate.percent),
      NetAmountTaxable: line.netAmountTaxable.toNumber(),
    },
  }));
  return { TotalTax: totals.totalTax.toNumber(), TaxLine: taxLines };
}

function missingRate(currency: string): never {
  throw new Error(`no exchange rate given for ${currency}`);
}
