import { jobKind } from '../../../platform/queue/job-kind';
import { QueueDefinition } from '../../../platform/queue/queue-definition';

const QUEUE = 'payments';

/** Fetches a bank attempt's payment status from Crezco and acts on it; started by the open-bank-attempts poll. */
export const CheckBankPaymentJob = jobKind<{ attemptId: string; accountId: string }>(QUEUE, 'check-bank-payment');

export const PAYMENTS_QUEUE = new QueueDefinition(QUEUE, [CheckBankPaymentJob]);
