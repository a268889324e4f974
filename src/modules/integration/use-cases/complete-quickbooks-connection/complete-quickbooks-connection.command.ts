import { Command } from '@nestjs/cqrs';

export interface CompletedConnection {
  companyName: string;
  realmId: string;
}

/**
 * What Intuit sent back to the callback, as it came: any part may be missing. The account and the
 * user are the ones the single-use `state` was issued to; the browser carries no Settle token.
 */
export class CompleteQuickBooksConnectionCommand extends Command<CompletedConnection> {
  constructor(
    readonly state: string | undefined,
    readonly code: string | undefined,
    readonly realmId: string | undefined,
    readonly error: string | undefined,
  ) {
    super();
  }
}
