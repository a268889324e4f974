import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Invoice } from '../../domain/invoice';
import { AccountCalendar } from '../../infrastructure/account-calendar';
import { InvoicingErrors } from '../../invoicing.errors';
import { InvoiceResponseDto } from '../invoice.response.dto';
import { GetInvoiceQuery } from './get-invoice.query';

@QueryHandler(GetInvoiceQuery)
export class GetInvoiceHandler implements IQueryHandler<GetInvoiceQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly calendar: AccountCalendar,
  ) {}

  async execute({ accountId, invoiceId }: GetInvoiceQuery): Promise<InvoiceResponseDto> {
    const invoice = await this.scope.read(accountId, (em) => em.findOne(Invoice, { id: invoiceId, removedAt: null }));
    if (!invoice) throw InvoicingErrors.invoiceNotFound();
    return InvoiceResponseDto.of(invoice, await this.calendar.today(accountId));
  }
}
