import { Command } from '@nestjs/cqrs';

export class ConnectCrezcoCommand extends Command<{ onboardingUrl: string }> {
  constructor(
    readonly accountId: string,
    readonly userId: string,
  ) {
    super();
  }
}
