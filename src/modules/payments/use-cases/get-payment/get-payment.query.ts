import { Query } from '@nestjs/cqrs';
import type { PaymentDetailResponseDto } from './payment-detail.response.dto';

export class GetPaymentQuery extends Query<PaymentDetailResponseDto> {
  constructor(
    readonly accountId: string,
    readonly paymentId: string,
  ) {
    super();
  }
}
