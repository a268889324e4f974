/**
 * The one registry of Settle's queues and jobs, with the payload each job carries. Jobs carry ids,
 * never objects: a processor reloads what it needs when it runs.
 */
export const QUEUES = {
  events: { name: 'events', jobs: { dispatch: 'dispatch-event' } },
  inbox: { name: 'inbox', jobs: { process: 'process-webhook' } },
  quickbooks: {
    name: 'quickbooks',
    jobs: { syncEntity: 'sync-quickbooks-entity', cdcPass: 'quickbooks-cdc-pass', runImport: 'run-quickbooks-import' },
  },
} as const;

export interface JobPayloads {
  'dispatch-event': { outboxId: string; correlationId?: string };
  'process-webhook': { inboxId: string; correlationId?: string };
  'sync-quickbooks-entity': { noticeKey: string; correlationId?: string };
  'quickbooks-cdc-pass': { connectionId: string; accountId: string; correlationId?: string };
  'run-quickbooks-import': { importId: string; accountId: string; correlationId?: string };
}

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];
export type JobName = keyof JobPayloads;
