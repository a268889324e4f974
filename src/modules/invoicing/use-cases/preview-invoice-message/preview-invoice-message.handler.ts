import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { RenderMessageQuery } from '../../../messaging/contracts';
import { Invoice } from '../../domain/invoice';
import { InvoiceMessageValues } from '../../infrastructure/invoice-message-values';
import { InvoicingErrors } from '../../invoicing.errors';
import { invoiceMessageSource } from '../invoice-message-source';
import { RenderedMessageResponseDto } from '../rendered-message.response.dto';
import { PreviewInvoiceMessageQuery } from './preview-invoice-message.query';

/** The text exactly as Save and Send would send it now, with its length, encoding and parts. */
@QueryHandler(PreviewInvoiceMessageQuery)
export class PreviewInvoiceMessageHandler implements IQueryHandler<PreviewInvoiceMessageQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly queries: QueryBus,
    private readonly values: InvoiceMessageValues,
  ) {}

  async execute({ accountId, invoiceId, message }: PreviewInvoiceMessageQuery): Promise<RenderedMessageResponseDto> {
    const invoice = await this.scope.read(accountId, (em) => em.findOne(Invoice, { id: invoiceId, removedAt: null }));
    if (!invoice) throw InvoicingErrors.invoiceNotFound();
    const rendered = await this.queries.execute(
      new RenderMessageQuery(accountId, invoiceMessageSource(invoice, message), await this.values.of(invoice)),
    );
    return RenderedMessageResponseDto.of(rendered);
  }
}
