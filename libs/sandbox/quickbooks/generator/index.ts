export { generateCompany, DEFAULT_COMPANY_OPTIONS } from './generate-company';
export type { GenerateCompanyOptions } from './generate-company';
export { buildInvoice, DEFAULT_EXCHANGE_RATES } from './invoice-builder';
export type { BuildInvoiceInput } from './invoice-builder';
export type { InvoiceLineSpec, SalesLineSpec } from './invoice-lines';
export { buildPayment } from './payment-builder';
export type { BuildPaymentInput } from './payment-builder';
export { buildCustomer } from './customer-builder';
export type { BuildCustomerInput } from './customer-builder';
export { applyPaymentToInvoice, voidInvoice } from './invoice-lifecycle';
export { computeInvoiceTotals, QBO_ROUNDING } from './invoice-totals';
export type {
  InvoiceTotals,
  InvoiceTotalsInput,
  SalesLineAmounts,
  TaxRatesOfCode,
  TaxRateShare,
} from './invoice-totals';
export { inclusiveLinePrice, netLineAmount } from './line-pricing';
export { recomputeInvoiceTotals } from './recompute-invoice-totals';
export { nextCustomerId, nextDocNumber, nextTransactionId } from './next-ids';
export { UnknownReferenceError } from './build-context';
