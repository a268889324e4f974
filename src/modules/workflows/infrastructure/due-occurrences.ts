import type { EntityManager } from '@mikro-orm/postgresql';

export interface ClaimedOccurrence {
  id: string;
  account_id: string;
  attempts: number;
}

/**
 * Marks up to `limit` due occurrences `sending` and answers them, in the caller's transaction:
 * those scheduled and due by `now`, or (`stalledBefore`) those left `sending` since then, whose
 * job was lost. `skip locked` lets any number of passes claim side by side, each row once.
 */
export async function claimDueOccurrences(
  em: EntityManager,
  now: Date,
  limit: number,
  stalledBefore?: Date,
): Promise<ClaimedOccurrence[]> {
  const where = stalledBefore ? "state = 'sending' and updated_at <= ?" : "state = 'scheduled' and due_at <= ?";
  return em.getConnection().execute<ClaimedOccurrence[]>(
    `with due as (
       select id from workflows_occurrences where ${where} order by ${stalledBefore ? 'updated_at' : 'due_at'}
       limit ? for update skip locked
     )
     update workflows_occurrences o set state = 'sending', attempts = o.attempts + 1, updated_at = ?
       from due where o.id = due.id
     returning o.id, o.account_id, o.attempts`,
    [stalledBefore ?? now, limit, now],
    'all',
    em.getTransactionContext(),
  );
}
