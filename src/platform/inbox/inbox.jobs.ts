import { jobKind } from '../queue/job-kind';
import { QueueDefinition } from '../queue/queue-definition';

/** Processes one stored webhook; the job id is the inbox row's id. */
export const ProcessWebhookJob = jobKind<{ inboxId: string }>('inbox', 'process-webhook');

export const INBOX_QUEUE = new QueueDefinition('inbox', [ProcessWebhookJob]);
