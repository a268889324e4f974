import { Command } from '@nestjs/cqrs';

export class DisconnectQuickBooksCommand extends Command<void> {
  constructor(readonly accountId: string) {
    super();
  }
}
