import { jobKind } from '../../../platform/queue/job-kind';
import { QueueDefinition } from '../../../platform/queue/queue-definition';

const QUEUE = 'workflows';

/** Sends one due step occurrence (a reminder or the thank-you); the job id is the occurrence id. */
export const SendWorkflowOccurrenceJob = jobKind<{ occurrenceId: string; accountId: string }>(
  QUEUE,
  'send-workflow-occurrence',
);

export const WORKFLOWS_QUEUE = new QueueDefinition(QUEUE, [SendWorkflowOccurrenceJob]);
