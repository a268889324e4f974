import { Command } from '@nestjs/cqrs';

/** What became of a request to note a send in QuickBooks. */
export type SentMarkRequestOutcome = 'scheduled' | 'already scheduled' | 'not needed';

/** Note a send of an invoice in its QuickBooks PrivateNote, when the account wants it and can. */
export class MarkInvoiceSentInQuickBooksCommand extends Command<SentMarkRequestOutcome> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
    readonly quickBooksId: string | null,
    /** ISO 8601. */
    readonly sentAt: string,
    readonly messageId: string,
  ) {
    super();
  }
}
