import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesEvent, type EventConsumer } from '../../../platform/outbox/handles-event.decorator';
import { RecordPaymentInQuickBooksCommand } from '../../integration/contracts';
import { ApplyPaymentToInvoiceCommand } from '../../invoicing/contracts';
import { PaymentSucceededEvent } from '../contracts/payment-succeeded.event';
import { NotePaymentAppliedCommand } from '../use-cases/note-payment-applied/note-payment-applied.command';

/**
 * The payment saga: Invoicing applies the payment to the invoice, the payment keeps what it did,
 * and Integration is asked to write it to QuickBooks (the whole payment, with what was applied).
 * All three commands join the consumer's transaction, so the saga happens exactly once per payment.
 */
@Injectable()
@HandlesEvent(PaymentSucceededEvent)
export class PaymentSaga implements EventConsumer<PaymentSucceededEvent> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: PaymentSucceededEvent): Promise<void> {
    const accountId = event.accountId as string;
    const applied = await this.commands.execute(
      new ApplyPaymentToInvoiceCommand(
        accountId,
        event.invoiceId,
        event.paymentId,
        event.amountMinor,
        event.currency,
        event.source,
        event.occurredAt,
      ),
    );
    const toQuickBooks = await this.commands.execute(
      new NotePaymentAppliedCommand(accountId, event.paymentId, applied),
    );
    if (!toQuickBooks || !applied.quickBooksInvoiceId) return;
    await this.commands.execute(
      new RecordPaymentInQuickBooksCommand(
        accountId,
        event.paymentId,
        applied.quickBooksInvoiceId,
        event.amountMinor,
        applied.appliedMinor,
        event.currency,
        event.methodName,
        event.reference,
        event.paidOn,
      ),
    );
  }
}
