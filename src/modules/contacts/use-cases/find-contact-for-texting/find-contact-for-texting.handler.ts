import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import type { ContactForTexting } from '../../contracts/contact-for-texting';
import { FindContactForTextingQuery } from '../../contracts/find-contact-for-texting.query';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { contactForTexting } from '../contact-for-texting';

@QueryHandler(FindContactForTextingQuery)
export class FindContactForTextingHandler implements IQueryHandler<FindContactForTextingQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, contactId }: FindContactForTextingQuery): Promise<ContactForTexting | null> {
    return this.scope.read(accountId, async (em) => {
      const contact = await new MikroOrmContactRepository(em).findById(contactId);
      return contact ? contactForTexting(contact) : null;
    });
  }
}
