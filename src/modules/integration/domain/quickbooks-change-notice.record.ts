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
