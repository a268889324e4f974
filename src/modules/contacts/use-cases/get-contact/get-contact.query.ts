import { Query } from '@nestjs/cqrs';
import type { ContactResponseDto } from '../contact.response.dto';

export class GetContactQuery extends Query<ContactResponseDto> {
  constructor(
    readonly accountId: string,
    readonly contactId: string,
  ) {
    super();
  }
}
