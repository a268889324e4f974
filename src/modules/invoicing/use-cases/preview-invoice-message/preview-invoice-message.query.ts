import { Query } from '@nestjs/cqrs';
import type { RenderedMessageResponseDto } from '../rendered-message.response.dto';

export class PreviewInvoiceMessageQuery extends Query<RenderedMessageResponseDto> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
    readonly message: string | undefined,
  ) {
    super();
  }
}
