import { Command } from '@nestjs/cqrs';
import type { MessageSource } from '../../messaging/contracts';

export type InvoiceTextSkipReason = 'paid' | 'removed' | 'voided' | 'no_mobile' | 'opted_out' | 'number_barred';

export type InvoiceTextOutcome =
  { outcome: 'sent'; messageId: string; text: string } | { outcome: 'skipped'; reason: InvoiceTextSkipReason };

/**
 * An automatic text about an invoice (a reminder, a thank-you): the invoice is checked fresh (a
 * reminder for an invoice paid, voided or removed is skipped; a thank-you needs it paid), the
 * message is filled from the invoice, its contact and the business, the payment link appended to a
 * reminder that lacks it, and queued through Messaging with `messageId` as its idempotency key (the
 * same id twice sends once, and a retry of a text already queued answers "sent" whatever the invoice
 * is now). A contact who cannot receive texts is a skip, not an error.
 */
export class SendInvoiceTextCommand extends Command<InvoiceTextOutcome> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
    readonly purpose: 'reminder' | 'thank_you',
    readonly source: MessageSource,
    readonly messageId: string,
  ) {
    super();
  }
}
