import { Command } from '@nestjs/cqrs';

/** Sends a payment to QuickBooks again (same payment id, so QuickBooks makes it once). */
export class RetryQuickBooksCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly paymentId: string,
  ) {
    super();
  }
}
