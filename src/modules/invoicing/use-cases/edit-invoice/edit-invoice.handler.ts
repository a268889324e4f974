import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Invoice } from '../../domain/invoice';
import { AccountCalendar } from '../../infrastructure/account-calendar';
import { InvoicingErrors } from '../../invoicing.errors';
import { InvoiceResponseDto } from '../invoice.response.dto';
import { EditInvoiceCommand } from './edit-invoice.command';

@CommandHandler(EditInvoiceCommand)
export class EditInvoiceHandler implements ICommandHandler<EditInvoiceCommand> {
  constructor(
    private readonly scope: AccountScope,
    private readonly calendar: AccountCalendar,
  ) {}

  async execute({
    accountId,
    userId,
    invoiceId,
    changes,
    quickBooksFieldsNamed,
  }: EditInvoiceCommand): Promise<InvoiceResponseDto> {
    const invoice = await this.scope.transaction(accountId, async (em) => {
      const found = await em.findOne(Invoice, { id: invoiceId, removedAt: null });
      if (!found) throw InvoicingErrors.invoiceNotFound();
      if (quickBooksFieldsNamed.length > 0) throw InvoicingErrors.fieldOwnedByQuickBooks(quickBooksFieldsNamed);
      if (changes.message !== undefined) found.editMessage(changes.message, { kind: 'user', userId }, new Date());
      return found;
    });
    return InvoiceResponseDto.of(invoice, await this.calendar.today(accountId));
  }
}
