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

function mapLine(
  line: QboLine,
  kind: LineKind,
  context: LineMappingContext,
  field: string,
): QuickBooksInvoiceLineRecord {
  const base: QuickBooksInvoiceLineRecord = {
    kind,
    lineNumber: typeof line.LineNum === 'number' ? line.LineNum : null,
    itemCode: null,
    itemId: null,
    description: trimToNull(line.Description),
    quantity: null,
    unitPrice: null,
    amountMinor: context.amounts.orZero(line.Amount, context.currency, `${field}.Amount`),
    grossAmountMinor: null,
    taxCode: null,
    taxCodeId: null,
    taxRatePercent: null,
    discountPercent: null,
    serviceDate: null,
    children: [],
  };
  switch (kind) {
    case 'item':
      return { ...base, ...itemDetails(line, context, field) };
    case 'discount': {
      const detail = line.DiscountLineDetail;
      const percent = detail?.PercentBased === true ? exactDecimalString(detail.DiscountPercent) : null;
      return { ...base, discountPercent: percent };
    }
    case 'group': {
      const detail = line.GroupLineDetail;
      return {
        ...base,
        ...itemRef(detail?.GroupItemRef),
        quantity: exactDecimalString(detail?.Quantity),
        children: mapInvoiceLines(detail?.Line, context, `${field}.GroupLineDetail.Line`),
      };
    }
    default:
      return base;
  }
}

function itemDetails(line: QboLine, context: LineMappingContext, field: string): Partial<QuickBooksInvoiceLineRecord> {
  const detail = line.SalesItemLineDetail ?? {};
  return {
    ...itemRef(detail.ItemRef),
    quantity: exactDecimalString(detail.Qty),
    unitPrice: exactDecimalString(detail.UnitPrice),
    grossAmountMinor: context.amounts.optional(
      detail.TaxInclusiveAmt,
      context.currency,
      `${field}.SalesItemLineDetail.TaxInclusiveAmt`,
    ),
    ...taxCode(detail.TaxCodeRef, context),
    serviceDate: calendarDate(detail.ServiceDate),
  };
}

function itemRef(ref: QboRef | undefined): Pick<QuickBooksInvoiceLineRecord, 'itemCode' | 'itemId'> {
  return { itemCode: trimToNull(ref?.name), itemId: trimToNull(ref?.value) };
}

/**
 * The line's tax code and rate. Non-US: TaxCodeRef is a TaxCode Id, looked up in the context. US:
 * "TAX" takes the rate of the invoice's TxnTaxCodeRef, "NON" has none. A code the lists do not
 * know takes the invoice's single tax rate, if it has one.
 */
function taxCode(
  ref: QboRef | undefined,
  context: LineMappingContext,
): Pick<QuickBooksInvoiceLineRecord, 'taxCode' | 'taxCodeId' | 'taxRatePercent'> {
  const taxCodeId = trimToNull(ref?.value);
  if (taxCodeId === null) return { taxCode: null, taxCodeId: null, taxRatePercent: null };
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
