export { measureSms, splitSms } from './segments';
export type { SmsEncoding, SmsMeasure } from './segments';
export { normaliseToGsm } from './normalise';
