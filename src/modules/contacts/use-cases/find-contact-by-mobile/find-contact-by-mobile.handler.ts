import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import type { ContactForTexting } from '../../contracts/contact-for-texting';
import { FindContactByMobileQuery } from '../../contracts/find-contact-by-mobile.query';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { contactForTexting } from '../contact-for-texting';

/** Mobiles are unique per account, so at most one contact answers. */
@QueryHandler(FindContactByMobileQuery)
export class FindContactByMobileHandler implements IQueryHandler<FindContactByMobileQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, mobile }: FindContactByMobileQuery): Promise<ContactForTexting | null> {
    return this.scope.read(accountId, async (em) => {
      const contact = await new MikroOrmContactRepository(em).findHolder('mobile', mobile);
      return contact ? contactForTexting(contact) : null;
    });
  }
}
