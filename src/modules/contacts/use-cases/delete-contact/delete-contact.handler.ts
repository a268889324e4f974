import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ContactsErrors } from '../../contacts.errors';
import type { ContactRepository } from '../../domain/contact.repository';
import { CONTACT_REPOSITORY } from '../../infrastructure/contact-repository.provider';
import { DeleteContactCommand } from './delete-contact.command';

@CommandHandler(DeleteContactCommand)
export class DeleteContactHandler implements ICommandHandler<DeleteContactCommand> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
  ) {}

  async execute({ contactId }: DeleteContactCommand): Promise<void> {
    const contact = await this.contacts.findById(contactId);
    if (!contact) throw ContactsErrors.contactNotFound();
    this.contacts.remove(contact);
    await this.em.flush();
  }
}
