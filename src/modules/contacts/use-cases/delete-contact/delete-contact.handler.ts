import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { ContactsErrors } from '../../contacts.errors';
import { lockAccountContacts } from '../../infrastructure/account-contacts-lock';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { DeleteContactCommand } from './delete-contact.command';

@CommandHandler(DeleteContactCommand)
export class DeleteContactHandler implements ICommandHandler<DeleteContactCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, contactId }: DeleteContactCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      await lockAccountContacts(em, accountId);
      const contacts = new MikroOrmContactRepository(em);
      const contact = await contacts.findById(contactId);
      if (!contact) throw ContactsErrors.contactNotFound();
      contacts.remove(contact);
    });
  }
}
