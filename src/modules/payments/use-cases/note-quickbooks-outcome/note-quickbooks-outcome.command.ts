import { Command } from '@nestjs/cqrs';

export type QuickBooksOutcome = { recorded: string } | { failed: string };

/** What Integration reported of writing a payment to QuickBooks: its Payment id, or why not. */
export class NoteQuickBooksOutcomeCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly paymentId: string,
    readonly outcome: QuickBooksOutcome,
  ) {
    super();
  }
}
