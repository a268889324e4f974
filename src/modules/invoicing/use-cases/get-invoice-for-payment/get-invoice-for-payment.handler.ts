import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { GetInvoiceForPaymentQuery, type InvoiceForPayment } from '../../contracts';
import { Invoice } from '../../domain/invoice';

@QueryHandler(GetInvoiceForPaymentQuery)
export class GetInvoiceForPaymentHandler implements IQueryHandler<GetInvoiceForPaymentQuery> {
  constructor(private readonly scope: AccountScope) {}

  async execute({ accountId, invoiceId }: GetInvoiceForPaymentQuery): Promise<InvoiceForPayment | null> {
    const invoice = await this.scope.read(accountId, (em) => em.findOne(Invoice, { id: invoiceId, removedAt: null }));
    if (!invoice) return null;
    return {
      invoiceId: invoice.id,
      number: invoice.number,
      contactId: invoice.contactId,
      currency: invoice.currency,
      balanceMinor: invoice.balanceMinor.toString(),
      payable: invoice.isPayable(),
      quickBooksId: invoice.quickBooksId,
    };
  }
}
