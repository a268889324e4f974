import { Command } from '@nestjs/cqrs';
import type { PaymentApplied } from '../../../invoicing/contracts';

/** The saga's record of what Invoicing did with a payment; answers whether it goes to QuickBooks. */
export class NotePaymentAppliedCommand extends Command<boolean> {
  constructor(
    readonly accountId: string,
    readonly paymentId: string,
    readonly applied: PaymentApplied,
  ) {
    super();
  }
}
