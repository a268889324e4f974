import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { ContactsErrors } from '../../contacts.errors';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { ContactResponseDto } from '../contact.response.dto';
import { GetContactQuery } from './get-contact.query';

@QueryHandler(GetContactQuery)
export class GetContactHandler implements IQueryHandler<GetContactQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, contactId }: GetContactQuery): Promise<ContactResponseDto> {
    return this.scope.read(accountId, async (em) => {
      const contact = await new MikroOrmContactRepository(em).findById(contactId);
      if (!contact) throw ContactsErrors.contactNotFound();
      return ContactResponseDto.of(contact);
    });
  }
}
