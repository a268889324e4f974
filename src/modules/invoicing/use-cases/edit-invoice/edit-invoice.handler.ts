import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Invoice } from '../../domain/invoice';
import { AccountCalendar } from '../../infrastructure/account-calendar';
import { InvoicingErrors } from '../../invoicing.errors';
import { InvoiceResponseDto } from '../invoice.response.dto';
import { EditInvoiceCommand } from './edit-invoice.command';

@CommandHandler(EditInvoiceCommand)
export class EditInvoiceHandler implements ICommandHandler<EditInvoiceCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: AccountCalendar,
  ) {}

  async execute({
    invoiceId,
    userId,
    changes,
    quickBooksFieldsNamed,
  }: EditInvoiceCommand): Promise<InvoiceResponseDto> {
    const invoice = await this.em.findOne(Invoice, { id: invoiceId, removedAt: null });
    if (!invoice) throw InvoicingErrors.invoiceNotFound();
    if (quickBooksFieldsNamed.length > 0) throw InvoicingErrors.fieldOwnedByQuickBooks(quickBooksFieldsNamed);
    if (changes.message !== undefined) invoice.editMessage(changes.message, { kind: 'user', userId }, new Date());
    await this.em.flush();
    return InvoiceResponseDto.of(invoice, await this.calendar.today(invoice.accountId));
  }
}
