export { signVonageParams, verifyVonageSignature, VONAGE_SIGNATURE_METHODS } from './signature';
export type { VonageSignatureMethod, VonageSignatureVerdict } from './signature';
export { sendStatusOutcome, VONAGE_SEND_STATUS } from './send-status';
export type { VonageSendOutcome } from './send-status';
export { deliveryOutcome } from './delivery-outcome';
export type { VonageDeliveryOutcome } from './delivery-outcome';
export { parseVonageTimestamp } from './timestamp';
export { VONAGE_CLIENT_REF_MAX_LENGTH } from './wire-types';
export { vonageSdkCredentials } from './sdk-credentials';
export type {
  VonageDeliveryReceiptFields,
  VonageInboundFields,
  VonageSmsResponse,
  VonageSmsResponseMessage,
} from './wire-types';
