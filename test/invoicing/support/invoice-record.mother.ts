import type { QuickBooksInvoiceLineRecord, QuickBooksInvoiceRecord } from '../../../src/modules/invoicing/contracts';

/** Object mother for QuickBooks invoices in Settle's terms: realistic defaults, any field overridden. */
export function itemLine(
  amountMinor: bigint,
  overrides: Partial<QuickBooksInvoiceLineRecord> = {},
): QuickBooksInvoiceLineRecord {
  return {
    kind: 'item',
    lineNumber: 1,
    itemCode: 'Joinery labour',
    itemId: '1',
    description: 'Joinery labour',
    quantity: '1',
    unitPrice: null,
    amountMinor,
    grossAmountMinor: null,
    taxCode: '20.0% S',
    taxCodeId: '3',
    taxRatePercent: '20',
    discountPercent: null,
    serviceDate: null,
    children: [],
    ...overrides,
  };
}

export function discountLine(discount: { percent: string } | { amountMinor: bigint }): QuickBooksInvoiceLineRecord {
  return itemLine('amountMinor' in discount ? discount.amountMinor : 0n, {
    kind: 'discount',
    lineNumber: null,
    itemCode: null,
    itemId: null,
    description: null,
    quantity: null,
    taxCode: null,
    taxCodeId: null,
    taxRatePercent: null,
    discountPercent: 'percent' in discount ? discount.percent : null,
  });
}

export function invoiceRecord(overrides: Partial<QuickBooksInvoiceRecord> = {}): QuickBooksInvoiceRecord {
  return {
    quickBooksId: '130',
    syncToken: '0',
    lastUpdatedAt: '2026-03-02T10:15:00.000Z',
    docNumber: '1042',
    txnDate: '2026-03-02',
    dueDate: '2099-04-01',
    customerQuickBooksId: '58',
    customerName: 'Amelia Clarke',
    billingAddress: { lines: ['14 Mill Lane'], city: 'Bristol', region: null, postalCode: 'BS1 4DJ', country: 'GB' },
    billEmail: 'amelia@example.com',
    currency: 'GBP',
    exchangeRate: '1',
    taxTreatment: 'exclusive',
    applyTaxAfterDiscount: false,
    lines: [itemLine(10000n, { quantity: '2', unitPrice: '50' })],
    taxLines: [
      { taxRateId: '5', taxRateName: '20.0% S', ratePercent: '20', amountMinor: 2000n, netAmountTaxableMinor: 10000n },
    ],
    totalTaxMinor: 2000n,
    totalAmountMinor: 12000n,
    balanceMinor: 12000n,
    homeTotalAmountMinor: null,
    voided: false,
    customerMemo: 'Thank you for your business.',
    privateNote: null,
    emailStatus: 'NotSet',
    ...overrides,
  };
}

/** A later revision of `record` (SyncToken and LastUpdatedTime moved on). */
export function revisionOf(
  record: QuickBooksInvoiceRecord,
  changes: Partial<QuickBooksInvoiceRecord> = {},
): QuickBooksInvoiceRecord {
  const next = Number(record.syncToken) + 1;
  const updatedAt = new Date(new Date(record.lastUpdatedAt).getTime() + 60_000).toISOString();
  return { ...record, syncToken: String(next), lastUpdatedAt: updatedAt, ...changes };
}

/** The record QuickBooks sends once the invoice is voided: all zeros, "Voided" in the note. */
export function voidedRevisionOf(record: QuickBooksInvoiceRecord): QuickBooksInvoiceRecord {
  return revisionOf(record, {
    voided: true,
    lines: record.lines.map((line) => ({ ...line, amountMinor: 0n, grossAmountMinor: null, quantity: '0' })),
    taxLines: [],
    totalTaxMinor: 0n,
    totalAmountMinor: 0n,
    balanceMinor: 0n,
    privateNote: 'Voided',
  });
}
