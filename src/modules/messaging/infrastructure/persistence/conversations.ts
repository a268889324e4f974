import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Conversation } from '../../domain/conversation';

/**
 * The contact's conversation, made on first use, locked for the rest of the transaction so that
 * concurrent messages count unread texts and last activity right. Two first messages at once
 * meet at the unique (account, contact): the second inserts nothing and takes the first's.
 */
export async function openConversation(em: EntityManager, accountId: string, contactId: string): Promise<Conversation> {
  const fresh = Conversation.start(accountId, contactId);
  await em.getConnection().execute(
    `insert into messaging_conversations (id, account_id, contact_id, last_activity_at, last_message_preview, unread_count, created_at)
       values (?, ?, ?, ?, '', 0, ?) on conflict (account_id, contact_id) do nothing`,
    [fresh.id, accountId, contactId, fresh.lastActivityAt, fresh.createdAt],
    'run',
    em.getTransactionContext(),
  );
  return em.findOneOrFail(Conversation, { contactId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}
