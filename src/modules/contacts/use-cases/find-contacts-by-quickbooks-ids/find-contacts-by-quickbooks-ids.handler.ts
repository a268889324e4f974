import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import {
  FindContactsByQuickBooksIdsQuery,
  type LinkedContact,
} from '../../contracts/find-contacts-by-quickbooks-ids.query';
import { Contact } from '../../domain/contact';

@QueryHandler(FindContactsByQuickBooksIdsQuery)
export class FindContactsByQuickBooksIdsHandler implements IQueryHandler<FindContactsByQuickBooksIdsQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, quickBooksIds }: FindContactsByQuickBooksIdsQuery): Promise<LinkedContact[]> {
    if (quickBooksIds.length === 0) return [];
    const contacts = await this.scope.read(accountId, (em) =>
      // Only what the answer needs: an import asks this for every page of invoices.
      em.find(
        Contact,
        { quickBooksCustomerId: { $in: [...new Set(quickBooksIds)] } },
        { fields: ['id', 'quickBooksCustomerId', 'firstName', 'lastName', 'businessName'] },
      ),
    );
    return contacts.map((contact) => ({
      contactId: contact.id,
      quickBooksId: contact.quickBooksCustomerId as string,
      displayName: contact.displayName(),
    }));
  }
}
