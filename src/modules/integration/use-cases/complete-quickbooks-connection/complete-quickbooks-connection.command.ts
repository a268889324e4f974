import { Command } from '@nestjs/cqrs';

export interface ConnectedCompany {
  companyName: string;
  realmId: string;
}

/** What Intuit sent back to the callback, as it came: any part may be missing. */
export class CompleteQuickBooksConnectionCommand extends Command<ConnectedCompany> {
  constructor(
    readonly state: string | undefined,
    readonly code: string | undefined,
    readonly realmId: string | undefined,
    readonly error: string | undefined,
  ) {
    super();
  }
}
