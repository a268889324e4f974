import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ContactsErrors } from '../../contacts.errors';
import type { ContactRepository } from '../../domain/contact.repository';
import { CONTACT_REPOSITORY } from '../../infrastructure/contact-repository.provider';
import { ContactResponseDto } from '../contact.response.dto';
import { GetContactQuery } from './get-contact.query';

@QueryHandler(GetContactQuery)
export class GetContactHandler implements IQueryHandler<GetContactQuery> {
  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  async execute({ contactId }: GetContactQuery): Promise<ContactResponseDto> {
    const contact = await this.contacts.findById(contactId);
    if (!contact) throw ContactsErrors.contactNotFound();
    return ContactResponseDto.of(contact);
  }
}
