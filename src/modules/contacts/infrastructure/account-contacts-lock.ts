import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Serialises one account's contact writes: a transaction-level advisory lock, held until the
 * transaction (or the ambient one it joins) ends. Called first inside `scope.transaction(...)`, so
 * that concurrent import pages apply one after the other and a manual change never races one on
 * the same mobile or email: each sees what the one before committed.
 */
export async function lockAccountContacts(em: EntityManager, accountId: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`contacts:${accountId}`]);
}
