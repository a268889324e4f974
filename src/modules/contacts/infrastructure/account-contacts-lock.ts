import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Serialises one account's contact writes: a transaction-level advisory lock, held until the
 * transaction (or the ambient one it joins) ends. Called first inside `scope.transaction(...)` by
 * every writer of contacts, so that concurrent import pages apply one after the other and a manual
 * change never races one on the same mobile or email: each sees what the one before committed. A
 * consent change takes it too: an import page writes back every column of the contacts it
 * changes, so an opt-out committed between its read and its write would otherwise be undone.
 */
export async function lockAccountContacts(em: EntityManager, accountId: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`contacts:${accountId}`]);
}
