import { Query } from '@nestjs/cqrs';
import type { ContactForTexting } from './contact-for-texting';

/** One contact's name, mobile and consent, or null when the account has no such contact. */
export class FindContactForTextingQuery extends Query<ContactForTexting | null> {
  constructor(
    readonly accountId: string,
    readonly contactId: string,
  ) {
    super();
  }
}
