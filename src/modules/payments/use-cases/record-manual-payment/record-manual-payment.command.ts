import { Command } from '@nestjs/cqrs';
import type { PaymentResponseDto } from '../payment.response.dto';

/** A payment received outside the invoice page, recorded by a user. */
export class RecordManualPaymentCommand extends Command<PaymentResponseDto> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
    readonly invoiceId: string,
    readonly method: string,
    /** A decimal string in the invoice's currency ("120.50"). */
    readonly amount: string,
    readonly paidOn: string | null,
    readonly reference: string | null,
  ) {
    super();
  }
}
