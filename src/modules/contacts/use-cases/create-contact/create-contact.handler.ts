import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../../platform/accounts/contracts/get-account-settings.query';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { Contact } from '../../domain/contact';
import { parseManualDetails } from '../../domain/manual-contact-details';
import { changeConsent } from '../../infrastructure/consent-ledger';
import { lockAccountContacts } from '../../infrastructure/account-contacts-lock';
import { assertDetailsAvailable, refusingDuplicates } from '../../infrastructure/contact-persistence';
import { MikroOrmContactRepository } from '../../infrastructure/mikro-orm-contact.repository';
import { ContactResponseDto } from '../contact.response.dto';
import { CreateContactCommand } from './create-contact.command';

@CommandHandler(CreateContactCommand)
export class CreateContactHandler implements ICommandHandler<CreateContactCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
    private readonly outbox: Outbox,
  ) {}

  async execute({ accountId, input, userId }: CreateContactCommand): Promise<ContactResponseDto> {
    const { country } = await this.queries.execute(new GetAccountSettingsQuery(accountId));
    const details = parseManualDetails(input, country);
    return refusingDuplicates(() =>
      this.scope.transaction(accountId, async (em) => {
        await lockAccountContacts(em, accountId);
        const contacts = new MikroOrmContactRepository(em);
        await assertDetailsAvailable(contacts, details);
        const contact = Contact.create(accountId, {
          firstName: details.firstName ?? null,
          lastName: details.lastName ?? null,
          businessName: details.businessName ?? null,
          email: details.email ?? null,
          mobile: details.mobile ?? null,
          otherPhone: details.otherPhone ?? null,
          billingAddress: details.billingAddress ?? null,
        });
        contacts.add([contact]);
        if (input.optedOut)
          changeConsent(em, contact, 'opt_out', { how: 'user', userId: userId ?? undefined, at: new Date() });
        this.outbox.record(em, ...contact.pullEvents());
        return ContactResponseDto.of(contact);
      }),
    );
  }
}
