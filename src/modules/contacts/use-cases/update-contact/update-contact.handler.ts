import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../../platform/accounts/contracts/get-account-settings.query';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { ContactsErrors } from '../../contacts.errors';
import { parseManualDetails } from '../../domain/manual-contact-details';
import { changeConsent } from '../../infrastructure/consent-ledger';
import { lockAccountContacts } from '../../infrastructure/account-contacts-lock';
import { assertDetailsAvailable, refusingDuplicates } from '../../infrastructure/contact-persistence';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { ContactResponseDto } from '../contact.response.dto';
import { UpdateContactCommand } from './update-contact.command';

/** A change made in Settle. A linked contact takes QuickBooks' details again at its next update there. */
@CommandHandler(UpdateContactCommand)
export class UpdateContactHandler implements ICommandHandler<UpdateContactCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
    private readonly outbox: Outbox,
  ) {}

  execute({ accountId, contactId, changes, userId }: UpdateContactCommand): Promise<ContactResponseDto> {
    return refusingDuplicates(() =>
      this.scope.transaction(accountId, async (em) => {
        await lockAccountContacts(em, accountId);
        const contacts = new MikroOrmContactRepository(em);
        const contact = await contacts.findById(contactId);
        if (!contact) throw ContactsErrors.contactNotFound();
        const { country } = await this.queries.execute(new GetAccountSettingsQuery(accountId));
        const details = parseManualDetails(changes, country);
        await assertDetailsAvailable(contacts, details, contact.id);
        contact.edit(details);
        if (changes.optedOut !== undefined) {
          const source = { how: 'user' as const, userId: userId ?? undefined, at: new Date() };
          changeConsent(em, contact, changes.optedOut ? 'opt_out' : 'opt_in', source);
        }
        this.outbox.record(em, ...contact.pullEvents());
        return ContactResponseDto.of(contact);
      }),
    );
  }
}
