import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../../platform/accounts/contracts/get-account-settings.query';
import { Outbox } from '../../../../platform/outbox/outbox';
import { Contact } from '../../domain/contact';
import type { ContactRepository } from '../../domain/contact.repository';
import { parseManualDetails } from '../../domain/manual-contact-details';
import { assertDetailsAvailable, flushContacts } from '../../infrastructure/contact-persistence';
import { CONTACT_REPOSITORY } from '../../infrastructure/contact-repository.provider';
import { ContactResponseDto } from '../contact.response.dto';
import { CreateContactCommand } from './create-contact.command';

@CommandHandler(CreateContactCommand)
export class CreateContactHandler implements ICommandHandler<CreateContactCommand> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    private readonly queries: QueryBus,
    private readonly outbox: Outbox,
  ) {}

  async execute({ accountId, input }: CreateContactCommand): Promise<ContactResponseDto> {
    const { country } = await this.queries.execute(new GetAccountSettingsQuery(accountId));
    const details = parseManualDetails(input, country);
    await assertDetailsAvailable(this.contacts, details);
    const contact = Contact.create(accountId, {
      firstName: details.firstName ?? null,
      lastName: details.lastName ?? null,
      businessName: details.businessName ?? null,
      email: details.email ?? null,
      mobile: details.mobile ?? null,
      otherPhone: details.otherPhone ?? null,
      billingAddress: details.billingAddress ?? null,
    });
    if (input.optedOut) contact.optOut();
    this.contacts.add([contact]);
    this.outbox.record(this.em, ...contact.pullEvents());
    await flushContacts(this.em);
    return ContactResponseDto.of(contact);
  }
}
