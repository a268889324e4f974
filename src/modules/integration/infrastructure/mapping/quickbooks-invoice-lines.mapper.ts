import type { QboLine, QboRef } from '../../../../../libs/quickbooks/qbo-types';
import type { QuickBooksInvoiceLineRecord } from '../../../invoicing/contracts';
import type { QuickBooksAmountReader } from './quickbooks-amount.reader';
import type { QuickBooksTaxContext } from './quickbooks-tax-context';
import { calendarDate, exactDecimalString, trimToNull } from './quickbooks-values';

export interface LineMappingContext {
  currency: string;
  tax: QuickBooksTaxContext;
  amounts: QuickBooksAmountReader;
  /**
   * TxnTaxDetail.TxnTaxCodeRef: on US companies lines say only "TAX" or "NON" and the invoice's
   * tax code carries the rate.
   */
  invoiceTaxCodeId: string | null;
  /**
   * The rate of the invoice's tax lines when they all have one (TxnTaxDetail.TaxLine TaxPercent):
   * the rate of a taxable line whose code the company's lists do not explain.
   */
  invoiceTaxPercent: string | null;
}

type LineKind = QuickBooksInvoiceLineRecord['kind'];

const KIND_OF: Record<string, LineKind> = {
  SalesItemLineDetail: 'item',
  DiscountLineDetail: 'discount',
  SubTotalLineDetail: 'subtotal',
  GroupLineDetail: 'group',
  DescriptionOnly: 'description',
};

/** Invoice (or group) lines in order; a line of an unknown DetailType is left out with a warning. */
export function mapInvoiceLines(
  lines: readonly QboLine[] | undefined,
  context: LineMappingContext,
  path: string,
): QuickBooksInvoiceLineRecord[] {
  const mapped: QuickBooksInvoiceLineRecord[] = [];
  (lines ?? []).forEach((line, index) => {
    const field = `${path}[${index}]`;
    const kind = Object.hasOwn(KIND_OF, line.DetailType) ? KIND_OF[line.DetailType] : undefined;
    if (kind === undefined) {
      context.amounts.warnings.push({ kind: 'line-skipped', field, detailType: String(line.DetailType) });
      return;
    }
    mapped.push(mapLine(line, kind, context, field));
  });
  return mapped;
}

/**
 * Each line is built as one object literal with every field: spreading one object into another and
 * adding fields takes V8's slow path (about a microsecond a spread on Node 20), and a page has
 * thousands of lines.
 */
function mapLine(
  line: QboLine,
  kind: LineKind,
  context: LineMappingContext,
  field: string,
): QuickBooksInvoiceLineRecord {
  const item = kind === 'item' ? (line.SalesItemLineDetail ?? {}) : undefined;
  const group = kind === 'group' ? line.GroupLineDetail : undefined;
  const ref = item ? item.ItemRef : group?.GroupItemRef;
  const tax = item ? taxCode(item.TaxCodeRef, context) : NO_TAX_CODE;
  const discount = kind === 'discount' ? line.DiscountLineDetail : undefined;
  return {
    kind,
    lineNumber: typeof line.LineNum === 'number' ? line.LineNum : null,
    itemCode: trimToNull(ref?.name),
    itemId: trimToNull(ref?.value),
    description: trimToNull(line.Description),
    quantity: exactDecimalString(item ? item.Qty : group?.Quantity),
    unitPrice: exactDecimalString(item?.UnitPrice),
    amountMinor: context.amounts.orZero(line.Amount, context.currency, `${field}.Amount`),
    grossAmountMinor: item
      ? context.amounts.optional(item.TaxInclusiveAmt, context.currency, `${field}.SalesItemLineDetail.TaxInclusiveAmt`)
      : null,
    taxCode: tax.taxCode,
    taxCodeId: tax.taxCodeId,
    taxRatePercent: tax.taxRatePercent,
    discountPercent: discount?.PercentBased === true ? exactDecimalString(discount.DiscountPercent) : null,
    serviceDate: calendarDate(item?.ServiceDate),
    children: group ? mapInvoiceLines(group.Line, context, `${field}.GroupLineDetail.Line`) : [],
  };
}

type LineTaxCode = Pick<QuickBooksInvoiceLineRecord, 'taxCode' | 'taxCodeId' | 'taxRatePercent'>;

const NO_TAX_CODE: LineTaxCode = { taxCode: null, taxCodeId: null, taxRatePercent: null };

/**
 * The line's tax code and rate. Non-US: TaxCodeRef is a TaxCode Id, looked up in the context. US:
 * "TAX" takes the rate of the invoice's TxnTaxCodeRef, "NON" has none. A code the lists do not
 * know takes the invoice's single tax rate, if it has one.
 */
function taxCode(ref: QboRef | undefined, context: LineMappingContext): LineTaxCode {
  const taxCodeId = trimToNull(ref?.value);
  if (taxCodeId === null) return NO_TAX_CODE;
  const known = context.tax.taxCodes.get(taxCodeId);
  const usInvoiceCode =
    taxCodeId === 'TAX' && context.invoiceTaxCodeId ? context.tax.taxCodes.get(context.invoiceTaxCodeId) : undefined;
  return {
    taxCode: known?.name ?? trimToNull(ref?.name) ?? taxCodeId,
    taxCodeId,
    taxRatePercent:
      known?.ratePercent ?? usInvoiceCode?.ratePercent ?? (taxCodeId === 'NON' ? null : context.invoiceTaxPercent),
  };
}
