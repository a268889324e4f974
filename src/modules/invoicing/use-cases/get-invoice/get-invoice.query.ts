import { Query } from '@nestjs/cqrs';
import type { InvoiceResponseDto } from '../invoice.response.dto';

export class GetInvoiceQuery extends Query<InvoiceResponseDto> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
  ) {
    super();
  }
}
