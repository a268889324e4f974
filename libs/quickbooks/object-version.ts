/** Which revision of a QuickBooks object Settle holds: its SyncToken and MetaData.LastUpdatedTime. */
export interface QuickBooksVersion {
  syncToken: string;
  updatedAt: Date;
}

export type VersionComparison = 'newer' | 'same' | 'older';

/**
 * How `incoming` compares with `stored`, the one rule for every QuickBooks object Settle keeps.
 * QuickBooks increments SyncToken on every change, so it decides when both are whole numbers and
 * differ (compared as integers of any size, never as text or floats); LastUpdatedTime decides
 * otherwise. An equal revision is the same (a duplicate webhook changes nothing).
 */
export function compareVersions(incoming: QuickBooksVersion, stored: QuickBooksVersion): VersionComparison {
  const incomingToken = wholeNumber(incoming.syncToken);
  const storedToken = wholeNumber(stored.syncToken);
  if (incomingToken !== null && storedToken !== null && incomingToken !== storedToken) {
    return incomingToken > storedToken ? 'newer' : 'older';
  }
  const delta = incoming.updatedAt.getTime() - stored.updatedAt.getTime();
  return delta > 0 ? 'newer' : delta < 0 ? 'older' : 'same';
}

function wholeNumber(token: string): bigint | null {
  return /^\d{1,40}$/.test(token) ? BigInt(token) : null;
}
