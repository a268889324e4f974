import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Invoice } from '../../domain/invoice';
import { AccountCalendar } from '../../infrastructure/account-calendar';
import { InvoicingErrors } from '../../invoicing.errors';
import { InvoiceResponseDto } from '../invoice.response.dto';
import { GetInvoiceQuery } from './get-invoice.query';

@QueryHandler(GetInvoiceQuery)
export class GetInvoiceHandler implements IQueryHandler<GetInvoiceQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: AccountCalendar,
  ) {}

  async execute({ invoiceId }: GetInvoiceQuery): Promise<InvoiceResponseDto> {
    const invoice = await this.em.findOne(Invoice, { id: invoiceId, removedAt: null });
    if (!invoice) throw InvoicingErrors.invoiceNotFound();
    return InvoiceResponseDto.of(invoice, await this.calendar.today(invoice.accountId));
  }
}
