import { Command } from '@nestjs/cqrs';

export class DeleteContactCommand extends Command<void> {
  constructor(readonly contactId: string) {
    super();
  }
}
