import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountsErrors } from '../../accounts.errors';
import { ApiKey } from '../../domain/api-key';
import { RevokeApiKeyCommand } from './revoke-api-key.command';

@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  constructor(private readonly em: EntityManager) {}

  async execute(command: RevokeApiKeyCommand): Promise<void> {
    const key = await this.em.findOne(ApiKey, { id: command.apiKeyId });
    if (!key) throw AccountsErrors.apiKeyNotFound();
    key.revoke();
    await this.em.flush();
  }
}
