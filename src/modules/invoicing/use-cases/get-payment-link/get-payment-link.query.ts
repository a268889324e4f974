import { Query } from '@nestjs/cqrs';
import type { PaymentLinkResponseDto } from './payment-link.response.dto';

export class GetPaymentLinkQuery extends Query<PaymentLinkResponseDto> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
  ) {
    super();
  }
}
