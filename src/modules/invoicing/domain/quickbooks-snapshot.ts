import type { PostalAddress } from '../../contacts/contracts';
import type { QuickBooksInvoiceLineRecord, QuickBooksInvoiceRecord } from '../contracts';
import type { InvoiceLine, InvoiceTaxLine, TaxTreatment } from './invoice-line';

/** The part of an invoice QuickBooks owns: read-only in Settle, replaced by each newer revision. */
export interface QuickBooksSnapshot {
  number: string | null;
  txnDate: string;
  dueDate: string | null;
  contactId: string;
  contactName: string | null;
  billingAddress: PostalAddress | null;
  billEmail: string | null;
  currency: string;
  exchangeRate: string | null;
  taxTreatment: TaxTreatment;
  applyTaxAfterDiscount: boolean;
  lines: InvoiceLine[];
  taxLines: InvoiceTaxLine[];
  taxMinor: bigint;
  totalMinor: bigint;
  balanceMinor: bigint;
  homeTotalMinor: bigint | null;
  customerMemo: string | null;
}

/** The names of the QuickBooks-owned fields, as the API spells them (all read-only). */
export const QUICKBOOKS_OWNED_FIELDS = [
  'number',
  'txnDate',
  'dueDate',
  'contactId',
  'contactName',
  'billingAddress',
  'billEmail',
  'currency',
  'exchangeRate',
  'taxTreatment',
  'lines',
  'taxLines',
  'subtotal',
  'discount',
  'tax',
  'total',
  'balance',
  'status',
  'customerMemo',
] as const;

export function snapshotOf(record: QuickBooksInvoiceRecord, contactId: string): QuickBooksSnapshot {
  return {
    number: record.docNumber,
    txnDate: record.txnDate,
    dueDate: record.dueDate,
    contactId,
    contactName: record.customerName,
    billingAddress: record.billingAddress,
    billEmail: record.billEmail,
    currency: record.currency,
    exchangeRate: record.exchangeRate,
    taxTreatment: record.taxTreatment,
    applyTaxAfterDiscount: record.applyTaxAfterDiscount,
    lines: record.lines.map(lineOf),
    taxLines: record.taxLines.map((line) => ({
      name: line.taxRateName,
      ratePercent: line.ratePercent,
      amountMinor: line.amountMinor.toString(),
      netAmountTaxableMinor: line.netAmountTaxableMinor?.toString() ?? null,
    })),
    taxMinor: record.totalTaxMinor,
    totalMinor: record.totalAmountMinor,
    balanceMinor: record.balanceMinor,
    homeTotalMinor: record.homeTotalAmountMinor,
    customerMemo: record.customerMemo,
  };
}

function lineOf(line: QuickBooksInvoiceLineRecord): InvoiceLine {
  return {
    kind: line.kind,
    lineNumber: line.lineNumber,
    itemCode: line.itemCode,
    description: line.description,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    amountMinor: line.amountMinor.toString(),
    grossAmountMinor: line.grossAmountMinor?.toString() ?? null,
    taxCode: line.taxCode,
    taxRatePercent: line.taxRatePercent,
    discountPercent: line.discountPercent,
    serviceDate: line.serviceDate,
    children: line.children.map(lineOf),
  };
}
