import type { QuickBooksCompanyRef } from './quickbooks-company.ref';

/** The QuickBooks entities whose changes Settle applies; others are stored and acknowledged. */
export const SYNCED_ENTITIES = ['Customer', 'Invoice', 'Payment'] as const;
export type SyncedEntity = (typeof SYNCED_ENTITIES)[number];

export function isSyncedEntity(entity: string): entity is SyncedEntity {
  return (SYNCED_ENTITIES as readonly string[]).includes(entity);
}

/**
 * A change to apply, from a webhook (fetched by id) or a CDC pass (with its data): either the
 * entity as QuickBooks now has it, or the fact that it is gone.
 */
export type QuickBooksChange =
  | { kind: 'present'; company: QuickBooksCompanyRef; entity: SyncedEntity; data: Record<string, unknown> }
  | { kind: 'deleted'; company: QuickBooksCompanyRef; entity: SyncedEntity; entityId: string; deletedAt: string };
