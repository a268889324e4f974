export const INVOICE_SORTS = ['txnDate', '-txnDate', 'total', '-total', 'balance', '-balance'] as const;
export type InvoiceSort = (typeof INVOICE_SORTS)[number];

export type SortField = 'txnDate' | 'totalMinor' | 'balanceMinor';

const FIELD_OF: Record<string, SortField> = { txnDate: 'txnDate', total: 'totalMinor', balance: 'balanceMinor' };

export function parseSort(sort: InvoiceSort): { field: SortField; descending: boolean } {
  const descending = sort.startsWith('-');
  return { field: FIELD_OF[descending ? sort.slice(1) : sort], descending };
}
