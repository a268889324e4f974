import { jobKind } from '../../../platform/queue/job-kind';
import { QueueDefinition } from '../../../platform/queue/queue-definition';

const QUEUE = 'messaging';

/** Sends one text through Vonage; the job id is the message id. */
export const SendSmsJob = jobKind<{ messageId: string; accountId: string }>(QUEUE, 'send-sms', { attempts: 10 });

export const MESSAGING_QUEUE = new QueueDefinition(QUEUE, [SendSmsJob]);
