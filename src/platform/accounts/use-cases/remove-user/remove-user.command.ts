import { Command } from '@nestjs/cqrs';

export class RemoveUserCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly byUserId: string,
    readonly userId: string,
  ) {
    super();
  }
}
