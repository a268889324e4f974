import type { QboInvoice, QboLine } from '../../../quickbooks/qbo-types';
import { fromUnits, toUnits } from '../store/sandbox-amounts';

function saleUnits(lines: readonly QboLine[]): number {
  let units = 0;
  for (const line of lines) {
    if (line.DetailType === 'SalesItemLineDetail') units += toUnits(line.Amount);
    if (line.DetailType === 'GroupLineDetail') units += saleUnits(line.GroupLineDetail?.Line ?? []);
    if (line.DetailType === 'DiscountLineDetail') units -= toUnits(line.Amount);
  }
  return units;
}

/** TotalAmt as QuickBooks derives it: net sales less discounts plus tax (lines carry net amounts). */
export function invoiceTotal(invoice: Pick<QboInvoice, 'Line' | 'TxnTaxDetail'>): number {
  return fromUnits(saleUnits(invoice.Line ?? []) + toUnits(invoice.TxnTaxDetail?.TotalTax));
}

/** What has been paid on an invoice so far, kept when its total changes. */
export function amountPaid(invoice: Pick<QboInvoice, 'TotalAmt' | 'Balance'>): number {
  return fromUnits(toUnits(invoice.TotalAmt) - toUnits(invoice.Balance));
}

function zeroLine(line: QboLine): QboLine {
  const zeroed: QboLine = { ...line };
  if (zeroed.Amount !== undefined) zeroed.Amount = 0;
  if (zeroed.SalesItemLineDetail) {
    zeroed.SalesItemLineDetail = { ...zeroed.SalesItemLineDetail, Qty: 0 };
    if (zeroed.SalesItemLineDetail.TaxInclusiveAmt !== undefined) zeroed.SalesItemLineDetail.TaxInclusiveAmt = 0;
  }
  if (zeroed.GroupLineDetail) {
    zeroed.GroupLineDetail = {
      ...zeroed.GroupLineDetail,
      Quantity: 0,
      Line: (zeroed.GroupLineDetail.Line ?? []).map(zeroLine),
    };
  }
  return zeroed;
}

/** A voided invoice keeps existing with every amount and quantity at zero and "Voided" in its note. */
export function voidedInvoice(invoice: QboInvoice): QboInvoice {
  return {
    ...invoice,
    Line: invoice.Line.map(zeroLine),
    TxnTaxDetail: invoice.TxnTaxDetail ? { ...invoice.TxnTaxDetail, TotalTax: 0, TaxLine: [] } : undefined,
    TotalAmt: 0,
    Balance: 0,
    HomeTotalAmt: invoice.HomeTotalAmt === undefined ? undefined : 0,
    HomeBalance: invoice.HomeBalance === undefined ? undefined : 0,
    PrivateNote: invoice.PrivateNote ? `Voided - ${invoice.PrivateNote}` : 'Voided',
  };
}
