import { jobKind } from '../../../platform/queue/job-kind';
import { QueueDefinition } from '../../../platform/queue/queue-definition';

const QUEUE = 'quickbooks';

/** Syncs one entity a change notice named; the job id is `sync:<notice key>`. */
export const SyncQuickBooksEntityJob = jobKind<{ noticeKey: string }>(QUEUE, 'sync-quickbooks-entity');

/** One CDC pass for a connected company; the job id carries the time slot. */
export const RunQuickBooksCdcPassJob = jobKind<{ connectionId: string; accountId: string }>(
  QUEUE,
  'quickbooks-cdc-pass',
);

/** Runs (or resumes) an import; the job id is `import:<import id>`. */
export const RunQuickBooksImportJob = jobKind<{ importId: string; accountId: string }>(QUEUE, 'run-quickbooks-import', {
  attempts: 5,
});

export const QUICKBOOKS_QUEUE = new QueueDefinition(QUEUE, [
  SyncQuickBooksEntityJob,
  RunQuickBooksCdcPassJob,
  RunQuickBooksImportJob,
]);
