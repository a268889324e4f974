import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { ContactsErrors } from '../../contacts.errors';
import { ConsentChange } from '../../domain/consent-change';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { ConsentChangeResponseDto, type ContactConsentResponseDto } from './contact-consent.response.dto';
import { GetContactConsentQuery } from './get-contact-consent.query';

@QueryHandler(GetContactConsentQuery)
export class GetContactConsentHandler implements IQueryHandler<GetContactConsentQuery> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, contactId }: GetContactConsentQuery): Promise<ContactConsentResponseDto> {
    return this.scope.read(accountId, async (em) => {
      const contact = await new MikroOrmContactRepository(em).findById(contactId);
      if (!contact) throw ContactsErrors.contactNotFound();
      const changes = await em.find(ConsentChange, { contactId }, { orderBy: { at: 'asc', id: 'asc' } });
      return {
        optedOut: contact.optedOut,
        optedOutAt: contact.optedOutAt?.toISOString() ?? null,
        changes: changes.map((entry) => ConsentChangeResponseDto.of(entry)),
      };
    });
  }
}
