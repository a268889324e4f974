import { Query } from '@nestjs/cqrs';

export interface InvoiceForPayment {
  invoiceId: string;
  number: string | null;
  contactId: string;
  currency: string;
  balanceMinor: string;
  /** Open, partly paid or overdue, with a balance above zero, and not removed or voided. */
  payable: boolean;
  quickBooksId: string | null;
}

/** One invoice as Payments needs it, or null when the account has no such invoice (or it was removed). */
export class GetInvoiceForPaymentQuery extends Query<InvoiceForPayment | null> {
  constructor(
    readonly accountId: string,
    readonly invoiceId: string,
  ) {
    super();
  }
}
