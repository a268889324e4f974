/** What QuickBooks says happened; the operations it sends, and any other lower-cased as received. */
export type QuickBooksChangeOperation =
  'created' | 'updated' | 'deleted' | 'voided' | 'merged' | 'emailed' | (string & Record<never, never>);

/**
 * One change to one QuickBooks entity, from either webhook format. It says what changed, not the
 * new data: the entity is fetched by id (unless deleted).
 */
export interface QuickBooksChangeNotice {
  /** Dedupe key: the CloudEvent `id`; for a legacy entry a hash of what identifies the change. */
  eventKey: string;
  realmId: string;
  /** As QuickBooks names the entity: 'Customer', 'Invoice', 'Payment', 'SalesReceipt'... */
  entity: string;
  entityId: string;
  operation: QuickBooksChangeOperation;
  /** When it happened (CloudEvent `time`, legacy `lastUpdated`) as an ISO instant, if given. */
  occurredAt: string | null;
  /** Merges: the entity that survives (the notice's entityId). */
  mergedIntoId?: string;
  /** Merges: the entity merged away, which no longer exists. */
  deletedId?: string;
}

/** An entry of a delivery that could not be read (no realm, no id...); the rest are still used. */
export interface RejectedChangeEntry {
  /** Where it was in the body: "[3]" or "eventNotifications[0].dataChangeEvent.entities[2]". */
  position: string;
  reason: string;
  /** The CloudEvent id, when the entry had one. */
  eventId?: string;
}

export interface QuickBooksWebhookParseResult {
  format: 'cloudevents' | 'legacy';
  notices: QuickBooksChangeNotice[];
  rejected: RejectedChangeEntry[];
}

/** A body that is not JSON or not either of QuickBooks' webhook shapes; the caller stores it as failed. */
export class MalformedWebhookError extends Error {
  constructor(reason: string) {
    super(`Malformed QuickBooks webhook: ${reason}`);
    this.name = 'MalformedWebhookError';
  }
}
