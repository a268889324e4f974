import { Command } from '@nestjs/cqrs';
import type { ContactResponseDto } from '../contact.response.dto';
import type { ContactInput } from '../contact-input';

export class CreateContactCommand extends Command<ContactResponseDto> {
  constructor(
    readonly accountId: string,
    readonly input: ContactInput,
    /** The user creating it, recorded in the consent ledger when it is created opted out. */
    readonly userId: string | null = null,
  ) {
    super();
  }
}
