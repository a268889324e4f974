import { EntityManager } from '@mikro-orm/postgresql';
import { accountScopedEm } from '../../../platform/database/tenant-filter';

/**
 * Runs `work` in one transaction of a fresh EntityManager scoped to the account, for commands that
 * arrive from other contexts (jobs, no HTTP request). The account's contact writes are serialised
 * by a transaction-level advisory lock, so concurrent pages of one account apply one after the other.
 */
export function inAccountTransaction<T>(
  em: EntityManager,
  accountId: string,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return accountScopedEm(em, accountId).transactional(async (tx) => {
    await tx
      .getConnection()
      .execute(
        'select pg_advisory_xact_lock(hashtext(?))',
        [`contacts:${accountId}`],
        'all',
        tx.getTransactionContext(),
      );
    return work(tx);
  });
}
