import { Command } from '@nestjs/cqrs';

export class DisconnectCrezcoCommand extends Command<void> {
  constructor(readonly accountId: string) {
    super();
  }
}
