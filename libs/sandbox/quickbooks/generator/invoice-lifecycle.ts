import { Money } from '../../../money';
import type { QboInvoice, QboLine } from '../../../quickbooks/qbo-types';
import { QBO_ROUNDING } from './invoice-totals';

/**
 * The invoice after a payment of `amount` (in the invoice currency) was applied to it: Balance
 * (and HomeBalance) reduced, the payment in LinkedTxn, SyncToken moved on. Returns a copy.
 */
export function applyPaymentToInvoice(
  invoice: QboInvoice,
  paymentId: string,
  amount: Money,
  homeCurrency: string,
  updatedAt: string,
): QboInvoice {
  const balance = Money.parse(invoice.Balance, invoice.CurrencyRef.value).subtract(amount);
  if (balance.isNegative()) throw new Error(`payment ${paymentId} is more than invoice ${invoice.Id}'s balance`);
  const foreign = invoice.HomeBalance !== undefined;
  return {
    ...invoice,
    SyncToken: String(Number(invoice.SyncToken) + 1),
    MetaData: { ...invoice.MetaData, LastUpdatedTime: updatedAt },
    LinkedTxn: [...(invoice.LinkedTxn ?? []), { TxnId: paymentId, TxnType: 'Payment' }],
    Balance: balance.toNumber(),
    ...(foreign
      ? { HomeBalance: balance.convert(homeCurrency, invoice.ExchangeRate ?? 1, QBO_ROUNDING).toNumber() }
      : {}),
  };
}

/**
 * The invoice as QuickBooks leaves it when voided: it still exists, every line's quantity and
 * amount 0, no tax, TotalAmt and Balance 0, "Voided" at the start of PrivateNote.
 */
export function voidInvoice(invoice: QboInvoice, updatedAt: string): QboInvoice {
  return {
    ...invoice,
    SyncToken: String(Number(invoice.SyncToken) + 1),
    MetaData: { ...invoice.MetaData, LastUpdatedTime: updatedAt },
    PrivateNote: invoice.PrivateNote ? `Voided - ${invoice.PrivateNote}` : 'Voided',
    Line: invoice.Line.map(zeroLine),
    TxnTaxDetail: { TotalTax: 0 },
    TotalAmt: 0,
    Balance: 0,
    ...(invoice.HomeTotalAmt !== undefined ? { HomeTotalAmt: 0, HomeBalance: 0 } : {}),
  };
}

function zeroLine(line: QboLine): QboLine {
  if (line.DetailType === 'DescriptionOnly') return line;
  const zeroed: QboLine = { ...line, Amount: 0 };
  if (line.SalesItemLineDetail) {
    zeroed.SalesItemLineDetail = {
      ...line.SalesItemLineDetail,
      Qty: 0,
      ...(line.SalesItemLineDetail.TaxInclusiveAmt !== undefined ? { TaxInclusiveAmt: 0 } : {}),
    };
  }
  if (line.GroupLineDetail)
    zeroed.GroupLineDetail = { ...line.GroupLineDetail, Line: (line.GroupLineDetail.Line ?? []).map(zeroLine) };
  return zeroed;
}
