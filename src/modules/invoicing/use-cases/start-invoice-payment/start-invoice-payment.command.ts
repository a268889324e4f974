import { Command } from '@nestjs/cqrs';

export interface InvoicePaymentStarted {
  /** The provider's checkout page; the invoice page itself when there is nothing left to pay. */
  redirectUrl: string;
}

/** The customer pressed "Pay" on the invoice page behind this token: a checkout for the balance due. */
export class StartInvoicePaymentCommand extends Command<InvoicePaymentStarted> {
  constructor(
    readonly token: string,
    readonly method: 'card' | 'bank',
  ) {
    super();
  }
}
