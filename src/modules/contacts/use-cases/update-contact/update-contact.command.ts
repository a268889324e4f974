import { Command } from '@nestjs/cqrs';
import type { ContactResponseDto } from '../contact.response.dto';
import type { ContactInput } from '../contact-input';

export class UpdateContactCommand extends Command<ContactResponseDto> {
  constructor(
    readonly accountId: string,
    readonly contactId: string,
    readonly changes: ContactInput,
    /** The user making the change, recorded in the consent ledger when it opts the contact out or in. */
    readonly userId: string | null = null,
  ) {
    super();
  }
}
