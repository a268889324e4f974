export type InboxStatus = 'received' | 'processed' | 'ignored' | 'failed';

/** A webhook as it arrived: verified, stored before it is answered, processed by a job. */
export class InboxMessage {
  id!: string;
  provider!: string;
  dedupeKey!: string;
  headers!: Record<string, string>;
  rawBody!: string;
  receivedAt!: Date;
  status: InboxStatus = 'received';
  attempts = 0;
  processedAt: Date | null = null;
  error: string | null = null;
}
