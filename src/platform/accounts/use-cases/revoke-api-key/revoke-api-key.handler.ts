import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../database/account-scope';
import { AccountsErrors } from '../../accounts.errors';
import { ApiKey } from '../../domain/api-key';
import { RevokeApiKeyCommand } from './revoke-api-key.command';

@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, apiKeyId }: RevokeApiKeyCommand): Promise<void> {
    return this.scope.transaction(accountId, async (em) => {
      const key = await em.findOne(ApiKey, { id: apiKeyId });
      if (!key) throw AccountsErrors.apiKeyNotFound();
      key.revoke();
    });
  }
}
