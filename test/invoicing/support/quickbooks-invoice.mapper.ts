import { Money } from '../../../libs/money';
import type { QboCompanyData, QboInvoice, QboLine } from '../../../libs/sandbox/quickbooks/qbo-types';
import type { QuickBooksInvoiceLineRecord, QuickBooksInvoiceRecord } from '../../../src/modules/invoicing/contracts';

const TREATMENTS = { TaxExcluded: 'exclusive', TaxInclusive: 'inclusive', NotApplicable: 'none' } as const;
const KINDS = {
  SalesItemLineDetail: 'item',
  DiscountLineDetail: 'discount',
  SubTotalLineDetail: 'subtotal',
  GroupLineDetail: 'group',
  DescriptionOnly: 'description',
} as const;

/**
 * Test-only: QuickBooks invoice JSON to Settle's record, just enough to check totals (the real
 * mapping is Integration's). A line's tax rate is the sum of its tax code's sales rates.
 */
export function mapQuickBooksInvoice(company: QboCompanyData, invoice: QboInvoice): QuickBooksInvoiceRecord {
  const currency = invoice.CurrencyRef.value;
  const minor = (amount: number | undefined) => Money.parse(amount ?? 0, currency).minorUnits;
  const rateOf = ratesByCode(company);
  const line = (qbo: QboLine): QuickBooksInvoiceLineRecord => {
    const sale = qbo.SalesItemLineDetail;
    const codeId = sale?.TaxCodeRef?.value ?? null;
    return {
      kind: KINDS[qbo.DetailType],
      lineNumber: qbo.LineNum ?? null,
      itemCode: sale?.ItemRef?.name ?? qbo.GroupLineDetail?.GroupItemRef?.name ?? null,
      itemId: sale?.ItemRef?.value ?? null,
      description: qbo.Description ?? null,
      quantity: sale?.Qty === undefined ? null : String(sale.Qty),
      unitPrice: sale?.UnitPrice === undefined ? null : String(sale.UnitPrice),
      amountMinor: minor(qbo.Amount),
      grossAmountMinor: sale?.TaxInclusiveAmt === undefined ? null : minor(sale.TaxInclusiveAmt),
      taxCode: codeId,
      taxCodeId: codeId,
      taxRatePercent: codeId === null ? null : (rateOf.get(codeId) ?? null),
      discountPercent: qbo.DiscountLineDetail?.PercentBased ? String(qbo.DiscountLineDetail.DiscountPercent) : null,
      serviceDate: sale?.ServiceDate ?? null,
      children: (qbo.GroupLineDetail?.Line ?? []).map(line),
    };
  };
  return {
    quickBooksId: invoice.Id,
    syncToken: invoice.SyncToken,
    lastUpdatedAt: new Date(invoice.MetaData.LastUpdatedTime).toISOString(),
    docNumber: invoice.DocNumber ?? null,
    txnDate: invoice.TxnDate,
    dueDate: invoice.DueDate ?? null,
    customerQuickBooksId: invoice.CustomerRef.value,
    customerName: invoice.CustomerRef.name ?? null,
    billingAddress: null,
    billEmail: invoice.BillEmail?.Address ?? null,
    currency,
    exchangeRate: invoice.ExchangeRate === undefined ? null : String(invoice.ExchangeRate),
    taxTreatment: TREATMENTS[invoice.GlobalTaxCalculation ?? 'TaxExcluded'],
    applyTaxAfterDiscount: invoice.ApplyTaxAfterDiscount ?? false,
    lines: invoice.Line.map(line),
    taxLines: (invoice.TxnTaxDetail?.TaxLine ?? []).map((taxLine) => ({
      taxRateId: taxLine.TaxLineDetail.TaxRateRef.value,
      taxRateName: taxLine.TaxLineDetail.TaxRateRef.name ?? null,
      ratePercent: taxLine.TaxLineDetail.TaxPercent === undefined ? null : String(taxLine.TaxLineDetail.TaxPercent),
      amountMinor: minor(taxLine.Amount),
      netAmountTaxableMinor:
        taxLine.TaxLineDetail.NetAmountTaxable === undefined ? null : minor(taxLine.TaxLineDetail.NetAmountTaxable),
    })),
    totalTaxMinor: minor(invoice.TxnTaxDetail?.TotalTax),
    totalAmountMinor: minor(invoice.TotalAmt),
    balanceMinor: minor(invoice.Balance),
    homeTotalAmountMinor:
      invoice.HomeTotalAmt === undefined ? null : Money.parse(invoice.HomeTotalAmt, 'GBP').minorUnits,
    voided: (invoice.PrivateNote ?? '').startsWith('Voided') && invoice.TotalAmt === 0,
    customerMemo: invoice.CustomerMemo?.value ?? null,
    privateNote: invoice.PrivateNote ?? null,
    emailStatus: invoice.EmailStatus ?? null,
  };
}

function ratesByCode(company: QboCompanyData): Map<string, string> {
  const rates = new Map(company.taxRates.map((rate) => [rate.Id, rate.RateValue]));
  return new Map(
    company.taxCodes.map((code) => {
      const details = code.SalesTaxRateList?.TaxRateDetail ?? [];
      const percent = details.reduce((sum, detail) => sum + (rates.get(detail.TaxRateRef.value) ?? 0), 0);
      return [code.Id, String(percent)];
    }),
  );
}
