export { toQuickBooksCustomerRecord } from './quickbooks-customer.mapper';
export { toQuickBooksInvoiceRecord } from './quickbooks-invoice.mapper';
export type { QuickBooksInvoiceMapping } from './quickbooks-invoice.mapper';
export { toTaxContext } from './quickbooks-tax-context';
export type { QuickBooksTaxCodeInfo, QuickBooksTaxContext } from './quickbooks-tax-context';
export type { QuickBooksMappingWarning } from './quickbooks-mapping-warning';
export { QuickBooksMappingError } from './quickbooks-mapping.error';
export { toIsoInstant } from './quickbooks-time';
