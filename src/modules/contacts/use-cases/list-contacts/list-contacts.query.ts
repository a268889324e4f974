import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../../platform/http/pagination';
import type { ContactSource } from '../../domain/contact';
import type { ContactResponseDto } from '../contact.response.dto';

export interface ContactListFilters {
  search?: string;
  source?: ContactSource;
  optedOut?: boolean;
  canReceiveTexts?: boolean;
}

export class ListContactsQuery extends Query<Page<ContactResponseDto>> {
  constructor(
    readonly accountId: string,
    readonly filters: ContactListFilters,
    readonly limit: number,
    readonly afterId?: string,
  ) {
    super();
  }
}
