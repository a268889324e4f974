import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { Invoice } from '../../domain/invoice';
import { InvoiceMessageValues } from '../../infrastructure/invoice-message-values';
import { InvoicingErrors } from '../../invoicing.errors';
import { GetPaymentLinkQuery } from './get-payment-link.query';
import type { PaymentLinkResponseDto } from './payment-link.response.dto';

@QueryHandler(GetPaymentLinkQuery)
export class GetPaymentLinkHandler implements IQueryHandler<GetPaymentLinkQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly values: InvoiceMessageValues,
  ) {}

  async execute({ accountId, invoiceId }: GetPaymentLinkQuery): Promise<PaymentLinkResponseDto> {
    const invoice = await this.scope.read(accountId, (em) => em.findOne(Invoice, { id: invoiceId, removedAt: null }));
    if (!invoice) throw InvoicingErrors.invoiceNotFound();
    return { url: this.values.paymentLinkOf(invoice) };
  }
}
