/**
 * A QuickBooks entity that cannot become a Settle record: a required field (Id, SyncToken,
 * MetaData.LastUpdatedTime, TxnDate, CustomerRef, TotalAmt, Balance) is missing or unreadable, or
 * the currency is not an ISO 4217 code with a minor unit. The caller skips the entity and reports
 * `entity`, `quickBooksId` and `message`; nothing is half-imported.
 */
export class QuickBooksMappingError extends Error {
  constructor(
    readonly entity: 'Customer' | 'Invoice',
    readonly quickBooksId: string | null,
    readonly field: string,
    reason: string,
  ) {
    super(`QuickBooks ${entity} ${quickBooksId ?? '(no Id)'}: ${field} ${reason}`);
    this.name = 'QuickBooksMappingError';
  }
}
