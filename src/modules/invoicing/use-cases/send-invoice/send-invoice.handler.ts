import { CommandBus, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { newId } from '../../../../../libs/ids';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Outbox } from '../../../../platform/outbox/outbox';
import { RenderMessageQuery, SendTextCommand } from '../../../messaging/contracts';
import { AttachWorkflowToInvoiceCommand } from '../../../workflows/contracts';
import { Invoice } from '../../domain/invoice';
import { InvoiceMessageValues } from '../../infrastructure/invoice-message-values';
import { InvoicingErrors } from '../../invoicing.errors';
import { invoiceMessageSource } from '../invoice-message-source';
import { RenderedMessageResponseDto } from '../rendered-message.response.dto';
import { SendInvoiceCommand } from './send-invoice.command';
import type { SentInvoiceResponseDto } from './sent-invoice.response.dto';

/**
 * "Save and Send": the text (with the payment link) is queued by Messaging inside this transaction,
 * so the invoice's "sent", its InvoiceSent event and the message row commit together or not at all.
 * A contact who cannot receive texts makes Messaging refuse (409), and nothing is kept.
 */
@CommandHandler(SendInvoiceCommand)
export class SendInvoiceHandler implements ICommandHandler<SendInvoiceCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly outbox: Outbox,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly values: InvoiceMessageValues,
  ) {}

  execute({ accountId, userId, invoiceId, message, workflowId }: SendInvoiceCommand): Promise<SentInvoiceResponseDto> {
    return this.scope.transaction(accountId, async (em) => {
      const invoice = await em.findOne(Invoice, { id: invoiceId, removedAt: null });
      if (!invoice) throw InvoicingErrors.invoiceNotFound();
      const messageId = newId();
      invoice.send(message ?? null, { kind: 'user', userId }, new Date(), messageId);
      const values = await this.values.of(invoice);
      const rendered = await this.queries.execute(
        new RenderMessageQuery(accountId, invoiceMessageSource(invoice, message), values),
      );
      const sent = await this.commands.execute(
        new SendTextCommand(accountId, invoice.contactId, rendered.text, 'invoice', {
          messageId,
          invoiceId,
          sentBy: userId,
        }),
      );
      this.outbox.record(em, ...invoice.pullEvents());
      if (workflowId) await this.commands.execute(new AttachWorkflowToInvoiceCommand(accountId, invoiceId, workflowId));
      return {
        messageId: sent.messageId,
        message: RenderedMessageResponseDto.of(sent.message),
        paymentLink: this.values.paymentLinkOf(invoice),
      };
    });
  }
}
