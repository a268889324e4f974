import type { QboEntityBase } from '../../../../../libs/quickbooks/qbo-types';
import { QuickBooksMappingError } from './quickbooks-mapping.error';
import { toIsoInstant } from './quickbooks-time';
import { trimToNull } from './quickbooks-values';

export interface QuickBooksEntityIdentity {
  quickBooksId: string;
  syncToken: string;
  /** MetaData.LastUpdatedTime as an ISO instant: what "only when newer" compares. */
  lastUpdatedAt: string;
}

/** Id, SyncToken and MetaData.LastUpdatedTime, which every record needs; missing → QuickBooksMappingError. */
export function readEntityIdentity(entity: 'Customer' | 'Invoice', raw: QboEntityBase): QuickBooksEntityIdentity {
  const quickBooksId = trimToNull(raw.Id);
  if (quickBooksId === null) throw new QuickBooksMappingError(entity, null, 'Id', 'is missing');
  const syncToken = trimToNull(raw.SyncToken);
  if (syncToken === null) throw new QuickBooksMappingError(entity, quickBooksId, 'SyncToken', 'is missing');
  const lastUpdatedAt = toIsoInstant(raw.MetaData?.LastUpdatedTime);
  if (lastUpdatedAt === null) {
    throw new QuickBooksMappingError(entity, quickBooksId, 'MetaData.LastUpdatedTime', 'is missing or not a time');
  }
  return { quickBooksId, syncToken, lastUpdatedAt };
}
