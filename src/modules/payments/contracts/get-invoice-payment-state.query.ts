import { Query } from '@nestjs/cqrs';

/** For the invoice page: whether a payment is on its way, or the last attempt failed. */
export interface InvoicePaymentState {
  processing: boolean;
  lastFailure: string | null;
}

export class GetInvoicePaymentStateQuery extends Query<InvoicePaymentState> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
  ) {
    super();
  }
}
