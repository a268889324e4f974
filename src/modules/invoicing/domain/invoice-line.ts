import type { TaxTreatment } from '../contracts';

export type InvoiceLineKind = 'item' | 'discount' | 'subtotal' | 'group' | 'description';

/**
 * One line of an invoice as Settle keeps it (a snapshot of QuickBooks' line, stored as JSON):
 * money in minor units of the invoice's currency as integer strings, quantities, prices and rates
 * as the exact decimal strings QuickBooks sent.
 */
export interface InvoiceLine {
  kind: InvoiceLineKind;
  lineNumber: number | null;
  /** The product or service (QuickBooks' item name). */
  itemCode: string | null;
  description: string | null;
  quantity: string | null;
  unitPrice: string | null;
  /** Net amount (a subtotal line: its running total; a discount line: the discount taken). */
  amountMinor: string;
  /** Gross amount of an item line on a tax-inclusive invoice. */
  grossAmountMinor: string | null;
  taxCode: string | null;
  taxRatePercent: string | null;
  /** A discount line's percentage; null for an amount discount. */
  discountPercent: string | null;
  serviceDate: string | null;
  children: InvoiceLine[];
}

/** Tax per rate as QuickBooks reported it (what the invoice page shows under "VAT 20%"). */
export interface InvoiceTaxLine {
  name: string | null;
  ratePercent: string | null;
  amountMinor: string;
  netAmountTaxableMinor: string | null;
}

export type { TaxTreatment };
