import { Command } from '@nestjs/cqrs';

export class DeleteContactCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly contactId: string,
  ) {
    super();
  }
}
