import { Query } from '@nestjs/cqrs';
import type { PublicInvoiceResponseDto } from './public-invoice.response.dto';

/** The invoice behind a public link; an unknown or removed token is one and the same 404. */
export class GetPublicInvoiceQuery extends Query<PublicInvoiceResponseDto> {
  constructor(readonly token: string) {
    super();
  }
}
