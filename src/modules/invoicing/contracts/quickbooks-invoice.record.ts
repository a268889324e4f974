import type { PostalAddress } from '../../contacts/contracts';

export type TaxTreatment = 'exclusive' | 'inclusive' | 'none';

/**
 * One line of a QuickBooks invoice in Settle's terms. Money is in minor units of the invoice's
 * currency (bigint); quantities, prices and rates are exact decimal strings as QuickBooks sent them.
 */
export interface QuickBooksInvoiceLineRecord {
  kind: 'item' | 'discount' | 'subtotal' | 'group' | 'description';
  lineNumber: number | null;
  /** The product or service: QuickBooks' item name (ItemRef.name), its id in itemId. */
  itemCode: string | null;
  itemId: string | null;
  description: string | null;
  quantity: string | null;
  unitPrice: string | null;
  /** QuickBooks' Amount: the net amount under every tax treatment (a subtotal's running total). */
  amountMinor: bigint;
  /** TaxInclusiveAmt: the gross amount of an item line on a tax-inclusive invoice. */
  grossAmountMinor: bigint | null;
  taxCode: string | null;
  taxCodeId: string | null;
  /** The tax rate of the line's tax code as a percentage string ("20"), when known. */
  taxRatePercent: string | null;
  /** Discount lines: whether the discount is a percentage, and which. */
  discountPercent: string | null;
  serviceDate: string | null;
  /** Group lines: the bundle's own lines. */
  children: QuickBooksInvoiceLineRecord[];
}

export interface QuickBooksTaxLineRecord {
  taxRateId: string | null;
  taxRateName: string | null;
  ratePercent: string | null;
  amountMinor: bigint;
  netAmountTaxableMinor: bigint | null;
}

/** A QuickBooks invoice in Settle's terms, as Integration hands it over. */
export interface QuickBooksInvoiceRecord {
  quickBooksId: string;
  syncToken: string;
  lastUpdatedAt: string;
  docNumber: string | null;
  /** Calendar dates, YYYY-MM-DD. */
  txnDate: string;
  dueDate: string | null;
  customerQuickBooksId: string;
  customerName: string | null;
  billingAddress: PostalAddress | null;
  billEmail: string | null;
  /** ISO 4217 code, upper case. */
  currency: string;
  /** Home-currency units per unit of the invoice currency, an exact decimal string. */
  exchangeRate: string | null;
  taxTreatment: TaxTreatment;
  applyTaxAfterDiscount: boolean;
  lines: QuickBooksInvoiceLineRecord[];
  taxLines: QuickBooksTaxLineRecord[];
  totalTaxMinor: bigint;
  totalAmountMinor: bigint;
  balanceMinor: bigint;
  homeTotalAmountMinor: bigint | null;
  /** QuickBooks has no status field: a voided invoice is all zeros with "Voided" in its private note. */
  voided: boolean;
  customerMemo: string | null;
  privateNote: string | null;
  emailStatus: string | null;
}
