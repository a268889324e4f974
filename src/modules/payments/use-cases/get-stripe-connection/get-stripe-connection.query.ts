import { Query } from '@nestjs/cqrs';
import type { StripeConnectionResponseDto } from './stripe-connection.response.dto';

export class GetStripeConnectionQuery extends Query<StripeConnectionResponseDto> {
  constructor(readonly accountId: string) {
    super();
  }
}
