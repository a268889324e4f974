/** How long each text of a notice may be: the columns it is stored in. */
export const CHANGE_NOTICE_LIMITS = {
  eventKey: 200,
  realmId: 32,
  entity: 64,
  entityId: 64,
  operation: 32,
} as const;

/** One change QuickBooks told us of, kept once per event key: the dedupe record and the audit. */
export class QuickBooksChangeNoticeRecord {
  eventKey!: string;
  accountId!: string | null;
  realmId!: string;
  entity!: string;
  entityId!: string;
  operation!: string;
  occurredAt!: Date | null;
  receivedAt!: Date;
  outcome!: string | null;
  processedAt!: Date | null;
}
