import { Query } from '@nestjs/cqrs';
import type { ContactConsentResponseDto } from './contact-consent.response.dto';

export class GetContactConsentQuery extends Query<ContactConsentResponseDto> {
  constructor(
    readonly accountId: string,
    readonly contactId: string,
  ) {
    super();
  }
}
