import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { ContactsErrors } from '../../contacts.errors';
import { ChangeContactConsentCommand, type ConsentChangeResult } from '../../contracts/change-contact-consent.command';
import { lockAccountContacts } from '../../infrastructure/account-contacts-lock';
import { changeConsent } from '../../infrastructure/consent-ledger';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';

@CommandHandler(ChangeContactConsentCommand)
export class ChangeContactConsentHandler implements ICommandHandler<ChangeContactConsentCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
  ) {}

  execute({ accountId, contactId, change, source }: ChangeContactConsentCommand): Promise<ConsentChangeResult> {
    return this.scope.transaction(accountId, async (em) => {
      await lockAccountContacts(em, accountId);
      const contact = await new MikroOrmContactRepository(em).findById(contactId);
      if (!contact) throw ContactsErrors.contactNotFound();
      const changed = changeConsent(em, contact, change, source);
      this.outbox.record(em, ...contact.pullEvents());
      return { changed, optedOut: contact.optedOut };
    });
  }
}
