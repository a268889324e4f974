import { isSupportedCurrency } from '../../../../../libs/money';
import type { QboInvoice, QboTaxLine } from '../../../../../libs/quickbooks/qbo-types';
import type { QuickBooksInvoiceRecord, QuickBooksTaxLineRecord, TaxTreatment } from '../../../invoicing/contracts';
import { toPostalAddress } from './quickbooks-address.mapper';
import { QuickBooksAmountReader } from './quickbooks-amount.reader';
import { readEntityIdentity } from './quickbooks-entity-identity';
import { mapInvoiceLines } from './quickbooks-invoice-lines.mapper';
import type { QuickBooksMappingWarning } from './quickbooks-mapping-warning';
import { QuickBooksMappingError } from './quickbooks-mapping.error';
import type { QuickBooksTaxContext } from './quickbooks-tax-context';
import { calendarDate, exactDecimalString, trimToNull } from './quickbooks-values';

/** The record, and what the mapping had to round or leave out (empty for a clean invoice). */
export interface QuickBooksInvoiceMapping {
  record: QuickBooksInvoiceRecord;
  warnings: QuickBooksMappingWarning[];
}

const TREATMENT_OF: Record<string, TaxTreatment> = {
  TaxExcluded: 'exclusive',
  TaxInclusive: 'inclusive',
  NotApplicable: 'none',
};

/**
 * A QuickBooks Invoice as Invoicing's QuickBooksInvoiceRecord. Money becomes bigint minor units of
 * the invoice's currency (CurrencyRef, else the home currency); HomeTotalAmt is in the home
 * currency. Throws QuickBooksMappingError when a required field is missing or the currency is not
 * ISO 4217; anything it can carry on from (too many decimals, an unknown line type) is a warning.
 */
export function toQuickBooksInvoiceRecord(
  invoice: QboInvoice,
  context: QuickBooksTaxContext,
): QuickBooksInvoiceMapping {
  const identity = readEntityIdentity('Invoice', invoice);
  const id = identity.quickBooksId;
  const currency = trimToNull(invoice.CurrencyRef?.value)?.toUpperCase() ?? context.homeCurrency;
  if (!isSupportedCurrency(currency)) {
    throw new QuickBooksMappingError('Invoice', id, 'CurrencyRef', `"${currency}" is not an ISO 4217 currency`);
  }
  const txnDate = calendarDate(invoice.TxnDate);
  if (txnDate === null) throw new QuickBooksMappingError('Invoice', id, 'TxnDate', 'is missing or not a date');
  const customerQuickBooksId = trimToNull(invoice.CustomerRef?.value);
  if (customerQuickBooksId === null) throw new QuickBooksMappingError('Invoice', id, 'CustomerRef', 'is missing');

  const amounts = new QuickBooksAmountReader(id);
  const taxDetail = invoice.TxnTaxDetail;
  const totalTaxMinor = amounts.orZero(taxDetail?.TotalTax, currency, 'TxnTaxDetail.TotalTax');
  const totalAmountMinor = amounts.required(invoice.TotalAmt, currency, 'TotalAmt');
  const privateNote = trimToNull(invoice.PrivateNote);
  // Every field in one literal: a spread followed by more fields takes V8's slow path.
  const record: QuickBooksInvoiceRecord = {
    quickBooksId: id,
    syncToken: identity.syncToken,
    lastUpdatedAt: identity.lastUpdatedAt,
    docNumber: trimToNull(invoice.DocNumber),
    txnDate,
    dueDate: calendarDate(invoice.DueDate),
    customerQuickBooksId,
    customerName: trimToNull(invoice.CustomerRef.name),
    billingAddress: toPostalAddress(invoice.BillAddr),
    billEmail: trimToNull(invoice.BillEmail?.Address),
    currency,
    exchangeRate: exactDecimalString(invoice.ExchangeRate),
    taxTreatment: taxTreatment(invoice.GlobalTaxCalculation, totalTaxMinor),
    applyTaxAfterDiscount: invoice.ApplyTaxAfterDiscount ?? invoice.GlobalTaxCalculation !== undefined,
    lines: mapInvoiceLines(
      invoice.Line,
      {
        currency,
        tax: context,
        amounts,
        invoiceTaxCodeId: trimToNull(taxDetail?.TxnTaxCodeRef?.value),
        invoiceTaxPercent: singleTaxPercent(taxDetail?.TaxLine ?? []),
      },
      'Line',
    ),
    taxLines: (taxDetail?.TaxLine ?? []).map((line, index) => taxLine(line, index, currency, context, amounts)),
    totalTaxMinor,
    totalAmountMinor,
    balanceMinor: amounts.required(invoice.Balance, currency, 'Balance'),
    homeTotalAmountMinor: amounts.optional(invoice.HomeTotalAmt, context.homeCurrency, 'HomeTotalAmt'),
    voided: privateNote !== null && privateNote.startsWith('Voided') && totalAmountMinor === 0n,
    customerMemo: trimToNull(invoice.CustomerMemo?.value),
    privateNote,
    emailStatus: trimToNull(invoice.EmailStatus),
  };
  return { record, warnings: amounts.warnings };
}

/**
 * GlobalTaxCalculation as Settle's treatment. Intuit documents the field as not applicable to US
 * companies, which never send it: US sales tax is always added on top of the lines, so an invoice
 * without it is 'exclusive' when it carries tax and 'none' when it does not (with no tax both
 * treatments give the same totals). An unknown value is read the same way.
 */
function taxTreatment(value: string | undefined, totalTaxMinor: bigint): TaxTreatment {
  const known = value !== undefined && Object.hasOwn(TREATMENT_OF, value) ? TREATMENT_OF[value] : undefined;
  return known ?? (totalTaxMinor !== 0n ? 'exclusive' : 'none');
}

function taxLine(
  line: QboTaxLine,
  index: number,
  currency: string,
  context: QuickBooksTaxContext,
  amounts: QuickBooksAmountReader,
): QuickBooksTaxLineRecord {
  const field = `TxnTaxDetail.TaxLine[${index}]`;
  const detail = line.TaxLineDetail;
  const taxRateId = trimToNull(detail?.TaxRateRef?.value);
  return {
    taxRateId,
    taxRateName: trimToNull(detail?.TaxRateRef?.name),
    ratePercent:
      exactDecimalString(detail?.TaxPercent) ?? (taxRateId ? (context.taxRates.get(taxRateId) ?? null) : null),
    amountMinor: amounts.orZero(line.Amount, currency, `${field}.Amount`),
    netAmountTaxableMinor: amounts.optional(
      detail?.NetAmountTaxable,
      currency,
      `${field}.TaxLineDetail.NetAmountTaxable`,
    ),
  };
}

/** The one TaxPercent all the invoice's percentage tax lines share, or null (none, or several). */
function singleTaxPercent(lines: QboTaxLine[]): string | null {
  const percents = new Set(
    lines
      .filter(
        (line) => line.TaxLineDetail?.PercentBased !== false && typeof line.TaxLineDetail?.TaxPercent === 'number',
      )
      .map((line) => exactDecimalString(line.TaxLineDetail.TaxPercent)),
  );
  return percents.size === 1 ? [...percents][0] : null;
}
