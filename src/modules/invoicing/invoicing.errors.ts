import { AppError } from '../../platform/errors/app-error';

export const InvoicingErrors = {
  invoiceNotFound: () => new AppError('INVOICING.INVOICE_NOT_FOUND', 'not_found', 'No such invoice in this account'),
  fieldOwnedByQuickBooks: (fields: readonly string[]) =>
    new AppError(
      'INVOICING.FIELD_OWNED_BY_QUICKBOOKS',
      'conflict',
      `${fields.join(', ')} ${fields.length === 1 ? 'comes' : 'come'} from QuickBooks and cannot be changed in ` +
        'Settle: change the invoice in QuickBooks and it is updated here',
      fields.map((field) => ({ field, message: 'is owned by QuickBooks (read-only in Settle)' })),
    ),
  invoicePaid: () =>
    new AppError(
      'INVOICING.INVOICE_ALREADY_PAID',
      'conflict',
      'The invoice is paid: its Settle fields can no longer change',
    ),
  invoiceVoided: () =>
    new AppError(
      'INVOICING.INVOICE_VOIDED',
      'conflict',
      'The invoice was voided in QuickBooks: it can no longer change',
    ),
  paymentCurrencyMismatch: (paymentCurrency: string, invoiceCurrency: string) =>
    new AppError(
      'INVOICING.PAYMENT_CURRENCY_MISMATCH',
      'invalid',
      `A payment in ${paymentCurrency} cannot be applied to an invoice in ${invoiceCurrency}`,
    ),
  paymentAmountNotPositive: () =>
    new AppError(
      'INVOICING.PAYMENT_AMOUNT_NOT_POSITIVE',
      'invalid',
      'A payment applied to an invoice must be a whole number of minor units above zero',
    ),
  paymentAppliedElsewhere: () =>
    new AppError(
      'INVOICING.PAYMENT_APPLIED_TO_ANOTHER_INVOICE',
      'conflict',
      'This payment was already applied to another invoice',
    ),
  invalidCursor: () =>
    new AppError('PLATFORM.VALIDATION_FAILED', 'invalid', 'The request is not valid: cursor', [
      { field: 'cursor', message: 'cursor must be a nextCursor returned by this endpoint with the same sort' },
    ]),
};
