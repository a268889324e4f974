import { AppError } from '../../platform/errors/app-error';

export const PaymentsErrors = {
  methodUnavailable: (why: string) =>
    new AppError('PAYMENTS.METHOD_UNAVAILABLE', 'conflict', `This payment method is not available: ${why}`),
  amountNotChargeable: (why: string) =>
    new AppError('PAYMENTS.AMOUNT_NOT_CHARGEABLE', 'invalid', `Stripe cannot charge this amount: ${why}`, [
      { field: 'amount', message: why },
    ]),
  stripeNotConnected: () =>
    new AppError('PAYMENTS.STRIPE_NOT_CONNECTED', 'not_found', 'This account has no Stripe account connected'),
  invalidState: () =>
    new AppError(
      'PAYMENTS.INVALID_STATE',
      'invalid',
      'This Stripe sign-in link has expired or was already used. Start again from Settle.',
    ),
  accessDenied: () =>
    new AppError('PAYMENTS.ACCESS_DENIED', 'forbidden', 'Stripe access was declined; nothing was connected.'),
  stripeRefused: (detail: string) =>
    new AppError('PAYMENTS.STRIPE_REFUSED', 'unavailable', `Stripe did not complete the request: ${detail}`),
  stripeAccountConnectedElsewhere: () =>
    new AppError(
      'PAYMENTS.STRIPE_ACCOUNT_CONNECTED_ELSEWHERE',
      'conflict',
      'This Stripe account is already connected to another Settle account.',
    ),
  crezcoNotConnected: () =>
    new AppError('PAYMENTS.CREZCO_NOT_CONNECTED', 'not_found', 'This account has no Crezco user connected'),
  invalidCrezcoState: () =>
    new AppError(
      'PAYMENTS.INVALID_CREZCO_STATE',
      'invalid',
      'This Crezco onboarding link has expired or was already used. Start again from Settle.',
    ),
  crezcoDeclined: (message: string) =>
    new AppError('PAYMENTS.CREZCO_DECLINED', 'forbidden', `Crezco did not connect: ${message}`),
  crezcoRefused: (detail: string) =>
    new AppError('PAYMENTS.CREZCO_REFUSED', 'unavailable', `Crezco did not complete the request: ${detail}`),
  badWebhookSignature: (detail: string) =>
    new AppError('PAYMENTS.BAD_WEBHOOK_SIGNATURE', 'unauthenticated', `The Stripe-Signature is not valid: ${detail}`),
  invoiceNotFound: () => new AppError('PAYMENTS.INVOICE_NOT_FOUND', 'not_found', 'No such invoice in this account'),
  invoiceNotPayable: () =>
    new AppError(
      'PAYMENTS.INVOICE_NOT_PAYABLE',
      'conflict',
      'This invoice cannot take a payment (it is paid, voided or removed, or has no balance)',
    ),
  methodNotAllowed: (given: string, allowed: readonly string[]) =>
    new AppError(
      'PAYMENTS.METHOD_NOT_ALLOWED',
      'invalid',
      `"${given}" is not one of this account's payment methods; use one of: ${allowed.join(', ')}`,
      [{ field: 'method', message: `must be one of: ${allowed.join(', ')}` }],
    ),
  invalidAmount: (why: string) =>
    new AppError('PAYMENTS.INVALID_AMOUNT', 'invalid', `The amount is not valid: ${why}`, [
      { field: 'amount', message: why },
    ]),
  paymentNotFound: () => new AppError('PAYMENTS.PAYMENT_NOT_FOUND', 'not_found', 'No such payment in this account'),
  notRetryable: (why: string) =>
    new AppError(
      'PAYMENTS.QUICKBOOKS_RETRY_NOT_POSSIBLE',
      'conflict',
      `This payment cannot be sent to QuickBooks again: ${why}`,
    ),
};
