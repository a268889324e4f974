import { Query } from '@nestjs/cqrs';

export interface LinkedContact {
  contactId: string;
  quickBooksId: string;
  displayName: string;
}

/** Which contacts are linked to these QuickBooks customer ids (missing ids are simply absent). */
export class FindContactsByQuickBooksIdsQuery extends Query<LinkedContact[]> {
  constructor(
    readonly accountId: string,
    readonly quickBooksIds: string[],
  ) {
    super();
  }
}
