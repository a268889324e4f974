export { crezcoAmount, parseCrezcoAmount } from './amount';
export {
  CREZCO_PAYMENT_STATUSES,
  crezcoOutcome,
  isCrezcoPaymentStatus,
  isTerminalCrezcoStatus,
} from './payment-status';
export type { CrezcoOutcome, CrezcoPaymentStatusCode } from './payment-status';
export { CREZCO_REFERENCE_MAX_LENGTH, crezcoReference, crezcoReferenceProblem } from './reference';
export { CREZCO_KEY_HEADER, CREZCO_WEBHOOK_EVENT_TYPES } from './wire-types';
export type {
  CrezcoBank,
  CrezcoErrorBody,
  CrezcoPayDemand,
  CrezcoPayDemandRequest,
  CrezcoPayment,
  CrezcoPaymentStatus,
  CrezcoRedirect,
  CrezcoUser,
  CrezcoWebhookEvent,
  CrezcoWebhookEventType,
  CrezcoWebhookRegistration,
} from './wire-types';
