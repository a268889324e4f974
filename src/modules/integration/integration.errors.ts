import { AppError } from '../../platform/errors/app-error';

export const IntegrationErrors = {
  notConnected: () =>
    new AppError('INTEGRATION.NOT_CONNECTED', 'conflict', 'Connect QuickBooks first (Settings > Integrations)'),
  connectionNotFound: () =>
    new AppError('INTEGRATION.CONNECTION_NOT_FOUND', 'not_found', 'This account has no QuickBooks connection'),
  invalidState: () =>
    new AppError(
      'INTEGRATION.INVALID_STATE',
      'invalid',
      'This QuickBooks sign-in link has expired or was already used. Start again from Settle.',
    ),
  differentCompany: (currentCompany: string) =>
    new AppError(
      'INTEGRATION.DIFFERENT_COMPANY',
      'conflict',
      `This account is connected to ${currentCompany}. To switch to another QuickBooks company, start the connection again with replaceCompany: true; two companies' books are never merged.`,
    ),
  companyTakenByAnotherAccount: () =>
    new AppError(
      'INTEGRATION.COMPANY_CONNECTED_ELSEWHERE',
      'conflict',
      'This QuickBooks company is already connected to another Settle account.',
    ),
  accessDenied: () =>
    new AppError('INTEGRATION.ACCESS_DENIED', 'forbidden', 'QuickBooks access was declined; nothing was connected.'),
  intuitRefused: (detail: string) =>
    new AppError('INTEGRATION.INTUIT_REFUSED', 'unavailable', `QuickBooks did not complete the connection: ${detail}`),
  importAlreadyRunning: () =>
    new AppError(
      'INTEGRATION.IMPORT_ALREADY_RUNNING',
      'conflict',
      'An import of this kind (and year) is already queued or running for this account; wait for it to finish.',
    ),
  importNotFound: () => new AppError('INTEGRATION.IMPORT_NOT_FOUND', 'not_found', 'No such import in this account'),
  invalidPaymentWrite: (detail: string) =>
    new AppError(
      'INTEGRATION.INVALID_PAYMENT_WRITE',
      'invalid',
      `This payment cannot be written to QuickBooks: ${detail}`,
    ),
};
