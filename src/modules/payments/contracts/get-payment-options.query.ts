import { Query } from '@nestjs/cqrs';

/** What the invoice page may offer for an invoice in this currency. */
export interface PaymentOptions {
  card: boolean;
  bank: boolean;
}

export class GetPaymentOptionsQuery extends Query<PaymentOptions> {
  constructor(
    readonly accountId: string,
    readonly currency: string,
  ) {
    super();
  }
}
