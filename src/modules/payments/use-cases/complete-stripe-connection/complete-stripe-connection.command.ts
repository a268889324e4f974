import { Command } from '@nestjs/cqrs';

export interface CompletedStripeConnection {
  stripeAccountId: string;
  businessName: string | null;
  chargesEnabled: boolean;
}

/** What Stripe sent back to the callback, as it came: any part may be missing. The state says who asked. */
export class CompleteStripeConnectionCommand extends Command<CompletedStripeConnection> {
  constructor(
    readonly state: string | undefined,
    readonly code: string | undefined,
    readonly error: string | undefined,
  ) {
    super();
  }
}
