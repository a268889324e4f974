import { Command } from '@nestjs/cqrs';

/** QuickBooks is connected again: every payment it did not take is sent again. */
export class RetryFailedQuickBooksPaymentsCommand extends Command<number> {
  constructor(readonly accountId: string) {
    super();
  }
}
