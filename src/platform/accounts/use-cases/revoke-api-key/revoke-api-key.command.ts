import { Command } from '@nestjs/cqrs';

export class RevokeApiKeyCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly apiKeyId: string,
  ) {
    super();
  }
}
