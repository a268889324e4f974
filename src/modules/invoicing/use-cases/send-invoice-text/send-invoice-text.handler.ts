import { CommandBus, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import {
  ContactUnreachableError,
  FindQueuedTextQuery,
  RenderMessageQuery,
  SendTextCommand,
  type UnreachableReason,
} from '../../../messaging/contracts';
import {
  SendInvoiceTextCommand,
  type InvoiceTextOutcome,
  type InvoiceTextSkipReason,
} from '../../contracts/send-invoice-text.command';
import { Invoice } from '../../domain/invoice';
import { InvoiceMessageValues } from '../../infrastructure/invoice-message-values';

const SKIP_FOR_UNREACHABLE: Record<UnreachableReason, InvoiceTextSkipReason> = {
  no_mobile: 'no_mobile',
  opted_out: 'opted_out',
  number_suppressed: 'number_barred',
};

const skipped = (reason: InvoiceTextSkipReason): InvoiceTextOutcome => ({ outcome: 'skipped', reason });

/**
 * Texts about an invoice that nobody pressed a button for. The invoice is read in this transaction,
 * so a payment or removal committed before it is seen; Messaging queues the text in it too.
 */
@CommandHandler(SendInvoiceTextCommand)
export class SendInvoiceTextHandler implements ICommandHandler<SendInvoiceTextCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly values: InvoiceMessageValues,
  ) {}

  execute({ accountId, invoiceId, purpose, source, messageId }: SendInvoiceTextCommand): Promise<InvoiceTextOutcome> {
    return this.scope.transaction(accountId, async (em) => {
      // A retry after the text was queued answers what happened then, whatever the invoice is now.
      const queued = await this.queries.execute(new FindQueuedTextQuery(accountId, messageId));
      if (queued) return { outcome: 'sent', messageId: queued.messageId, text: queued.message.text };
      const invoice = await em.findOne(Invoice, { id: invoiceId });
      const reason = invoice ? this.reasonToSkip(invoice, purpose) : 'removed';
      if (reason || !invoice) return skipped(reason ?? 'removed');
      const values = await this.values.of(invoice);
      const rendered = await this.queries.execute(
        new RenderMessageQuery(accountId, source, purpose === 'reminder' ? values : { ...values, paymentLink: null }),
      );
      try {
        const sent = await this.commands.execute(
          new SendTextCommand(accountId, invoice.contactId, rendered.text, purpose, { messageId, invoiceId }),
        );
        return { outcome: 'sent', messageId: sent.messageId, text: sent.message.text };
      } catch (error) {
        if (!(error instanceof ContactUnreachableError)) throw error;
        return skipped(SKIP_FOR_UNREACHABLE[error.reason]);
      }
    });
  }

  /** A reminder is for an invoice still due; a thank-you, for one paid. */
  private reasonToSkip(invoice: Invoice, purpose: 'reminder' | 'thank_you'): InvoiceTextSkipReason | null {
    if (invoice.isRemoved()) return 'removed';
    if (invoice.voidedInQuickBooks) return 'voided';
    if (purpose === 'reminder' && invoice.isPaid()) return 'paid';
    return null;
  }
}
