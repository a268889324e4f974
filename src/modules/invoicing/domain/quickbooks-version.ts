/** Which revision of a QuickBooks object Settle holds: SyncToken and MetaData.LastUpdatedTime. */
export interface QuickBooksVersion {
  syncToken: string;
  updatedAt: Date;
}

/**
 * Whether `incoming` is a later revision than `stored`. QuickBooks increments SyncToken on every
 * change, so it decides when both are whole numbers and differ; LastUpdatedTime decides otherwise.
 * An equal revision is not newer (a duplicate webhook changes nothing).
 */
export function isNewerVersion(incoming: QuickBooksVersion, stored: QuickBooksVersion): boolean {
  const incomingToken = wholeNumber(incoming.syncToken);
  const storedToken = wholeNumber(stored.syncToken);
  if (incomingToken !== null && storedToken !== null && incomingToken !== storedToken) {
    return incomingToken > storedToken;
  }
  return incoming.updatedAt.getTime() > stored.updatedAt.getTime();
}

function wholeNumber(token: string): bigint | null {
  return /^\d{1,18}$/.test(token) ? BigInt(token) : null;
}
