import { Command } from '@nestjs/cqrs';

export class ConnectStripeCommand extends Command<{ authorizeUrl: string }> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
  ) {
    super();
  }
}
