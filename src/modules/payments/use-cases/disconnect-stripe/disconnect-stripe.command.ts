import { Command } from '@nestjs/cqrs';

export class DisconnectStripeCommand extends Command<void> {
  constructor(readonly accountId: string) {
    super();
  }
}
