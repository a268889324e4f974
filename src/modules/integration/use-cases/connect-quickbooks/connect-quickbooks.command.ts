import { Command } from '@nestjs/cqrs';

export class ConnectQuickBooksCommand extends Command<{ authorizeUrl: string }> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
    readonly replaceCompany: boolean,
  ) {
    super();
  }
}
