import { Money } from '../../../money';
import type { QboInvoice, QboLine } from '../../../quickbooks/qbo-types';
import {
  computeInvoiceTotals,
  InvoiceDiscount,
  InvoiceTotals,
  SalesLineAmounts,
  TaxBasis,
  TaxRatesOfCode,
} from './invoice-totals';

/** QuickBooks' reserved code for a non-taxable line (US companies; also what NotApplicable lines carry). */
const NON_TAXABLE = 'NON';

/**
 * Recomputes an invoice's figures from its lines as QuickBooks would (see invoice-totals.ts), to
 * compare with the TotalTax / TaxLine / TotalAmt it carries. Line Amounts (and TaxInclusiveAmt)
 * are taken as they are; subtotal and description lines are ignored; group lines count through
 * their child lines.
 */
export function recomputeInvoiceTotals(
  invoice: QboInvoice,
  ratesOfCode: TaxRatesOfCode,
  taxBasis: TaxBasis = 'per-line',
): InvoiceTotals {
  const currency = invoice.CurrencyRef.value;
  const salesLines: SalesLineAmounts[] = [];
  let discount: InvoiceDiscount | undefined;
  const visit = (line: QboLine) => {
    if (line.DetailType === 'SalesItemLineDetail') salesLines.push(salesAmounts(line, currency));
    if (line.DetailType === 'GroupLineDetail') (line.GroupLineDetail?.Line ?? []).forEach(visit);
    if (line.DetailType === 'DiscountLineDetail') {
      const detail = line.DiscountLineDetail;
      discount =
        detail?.PercentBased && detail.DiscountPercent !== undefined
          ? { percent: String(detail.DiscountPercent) }
          : { amount: Money.parse(line.Amount ?? 0, currency) };
    }
  };
  invoice.Line.forEach(visit);
  return computeInvoiceTotals({
    currency,
    treatment: invoice.GlobalTaxCalculation ?? 'TaxExcluded',
    salesLines,
    discount,
    ratesOfCode,
    taxBasis,
  });
}

function salesAmounts(line: QboLine, currency: string): SalesLineAmounts {
  const detail = line.SalesItemLineDetail;
  const taxCodeId = detail?.TaxCodeRef?.value;
  return {
    net: Money.parse(line.Amount ?? 0, currency),
    ...(detail?.TaxInclusiveAmt !== undefined ? { gross: Money.parse(detail.TaxInclusiveAmt, currency) } : {}),
    ...(taxCodeId && taxCodeId !== NON_TAXABLE ? { taxCodeId } : {}),
  };
}
