import type { EntityManager } from '@mikro-orm/postgresql';
import { SuppressedNumber } from '../../domain/suppressed-number';

export async function isSuppressed(em: EntityManager, number: string): Promise<boolean> {
  return (await em.count(SuppressedNumber, { number })) > 0;
}

/** Adds the number to the account's suppression list; already there, nothing changes. */
export async function suppress(em: EntityManager, accountId: string, number: string, reason: string): Promise<void> {
  await em.getConnection().execute(
    `insert into messaging_suppressed_numbers (account_id, number, reason, suppressed_at)
       values (?, ?, ?, now()) on conflict (account_id, number) do nothing`,
    [accountId, number, reason.slice(0, 200)],
    'run',
    em.getTransactionContext(),
  );
}
