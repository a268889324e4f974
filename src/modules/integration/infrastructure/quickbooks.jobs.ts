import { jobKind } from '../../../platform/queue/job-kind';
import { QueueDefinition } from '../../../platform/queue/queue-definition';

const QUEUE = 'quickbooks';

/** Syncs one entity a change notice named; the job id is `sync:<notice key>`. */
export const SyncQuickBooksEntityJob = jobKind<{ noticeKey: string; accountId: string }>(
  QUEUE,
  'sync-quickbooks-entity',
);

/** One CDC pass for a connected company; the job id carries the time slot. */
export const RunQuickBooksCdcPassJob = jobKind<{ connectionId: string; accountId: string }>(
  QUEUE,
  'quickbooks-cdc-pass',
);

/**
 * Runs (or resumes) an import. The job id is `import:<import id>`, then `import:<id>:resume:<n>`
 * for the n-th resume of a stalled import; `resume` is n (0 for the first run, or absent).
 */
export const RunQuickBooksImportJob = jobKind<{ importId: string; accountId: string; resume?: number }>(
  QUEUE,
  'run-quickbooks-import',
  { attempts: 5 },
);

/** The id of the job that runs an import's n-th resume (the first run's for n = 0). */
export function importJobId(importId: string, resume: number): string {
  return resume === 0 ? `import:${importId}` : `import:${importId}:resume:${resume}`;
}

/** Notes one send in the invoice's QuickBooks PrivateNote; the job id is `sent:<message id>`. */
export const MarkInvoiceSentInQuickBooksJob = jobKind<{ markId: string; accountId: string }>(
  QUEUE,
  'mark-invoice-sent-in-quickbooks',
);

export function sentMarkJobId(messageId: string): string {
  return `sent:${messageId}`;
}

/**
 * Writes one Settle payment to QuickBooks. The job id is `payment:<payment id>` for the first round,
 * `payment:<payment id>:<round>` for a retry after a failure (Bull keeps a failed job's id, so a
 * retry under the same id would be a no-op).
 */
export const RecordPaymentInQuickBooksJob = jobKind<{ writeId: string; accountId: string }>(
  QUEUE,
  'record-payment-in-quickbooks',
);

export function paymentWriteJobId(paymentId: string, round: number): string {
  return round <= 1 ? `payment:${paymentId}` : `payment:${paymentId}:${round}`;
}

export const QUICKBOOKS_QUEUE = new QueueDefinition(QUEUE, [
  SyncQuickBooksEntityJob,
  RunQuickBooksCdcPassJob,
  RunQuickBooksImportJob,
  MarkInvoiceSentInQuickBooksJob,
  RecordPaymentInQuickBooksJob,
]);
