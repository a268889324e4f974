import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { GetAccountSettingsQuery } from '../../../../platform/accounts/contracts/get-account-settings.query';
import { Outbox } from '../../../../platform/outbox/outbox';
import { ContactsErrors } from '../../contacts.errors';
import type { ContactRepository } from '../../domain/contact.repository';
import { parseManualDetails } from '../../domain/manual-contact-details';
import { assertDetailsAvailable, flushContacts } from '../../infrastructure/contact-persistence';
import { CONTACT_REPOSITORY } from '../../infrastructure/contact-repository.provider';
import { ContactResponseDto } from '../contact.response.dto';
import { UpdateContactCommand } from './update-contact.command';

/** A change made in Settle. A linked contact takes QuickBooks' details again at its next update there. */
@CommandHandler(UpdateContactCommand)
export class UpdateContactHandler implements ICommandHandler<UpdateContactCommand> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    private readonly queries: QueryBus,
    private readonly outbox: Outbox,
  ) {}

  async execute({ accountId, contactId, changes }: UpdateContactCommand): Promise<ContactResponseDto> {
    const contact = await this.contacts.findById(contactId);
    if (!contact) throw ContactsErrors.contactNotFound();
    const { country } = await this.queries.execute(new GetAccountSettingsQuery(accountId));
    const details = parseManualDetails(changes, country);
    await assertDetailsAvailable(this.contacts, details, contact.id);
    contact.edit(details);
    if (changes.optedOut === true) contact.optOut();
    if (changes.optedOut === false) contact.optIn();
    this.outbox.record(this.em, ...contact.pullEvents());
    await flushContacts(this.em);
    return ContactResponseDto.of(contact);
  }
}
