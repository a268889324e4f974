import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  FindContactsByQuickBooksIdsQuery,
  type LinkedContact,
} from '../../contracts/find-contacts-by-quickbooks-ids.query';
import { Contact } from '../../domain/contact';
import { accountScopedEm } from '../../../../platform/database/tenant-filter';

@QueryHandler(FindContactsByQuickBooksIdsQuery)
export class FindContactsByQuickBooksIdsHandler implements IQueryHandler<FindContactsByQuickBooksIdsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ accountId, quickBooksIds }: FindContactsByQuickBooksIdsQuery): Promise<LinkedContact[]> {
    if (quickBooksIds.length === 0) return [];
    const contacts = await accountScopedEm(this.em, accountId).find(Contact, {
      quickBooksCustomerId: { $in: [...new Set(quickBooksIds)] },
    });
    return contacts.map((contact) => ({
      contactId: contact.id,
      quickBooksId: contact.quickBooksCustomerId as string,
      displayName: contact.displayName(),
    }));
  }
}
