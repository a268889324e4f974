import { Command } from '@nestjs/cqrs';

export class RemoveUserCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly byUserId: string,
  ) {
    super();
  }
}
