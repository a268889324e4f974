import { Query } from '@nestjs/cqrs';
import type { ContactForTexting } from './contact-for-texting';

/** The account's contact holding this mobile (E.164), or null: who a text came from. */
export class FindContactByMobileQuery extends Query<ContactForTexting | null> {
  constructor(
    readonly accountId: string,
    readonly mobile: string,
  ) {
    super();
  }
}
