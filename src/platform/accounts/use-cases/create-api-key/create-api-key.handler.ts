import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../database/account-scope';
import { ApiKey } from '../../domain/api-key';
import { ApiKeyResponseDto, type CreatedApiKeyResponseDto } from '../api-key.response.dto';
import { CreateApiKeyCommand } from './create-api-key.command';

@CommandHandler(CreateApiKeyCommand)
export class CreateApiKeyHandler implements ICommandHandler<CreateApiKeyCommand> {
  constructor(private readonly scope: AccountScope) {}

  async execute(command: CreateApiKeyCommand): Promise<CreatedApiKeyResponseDto> {
    const { key, plaintext } = ApiKey.issue(command);
    await this.scope.transaction(command.accountId, async (em) => {
      em.persist(key);
    });
    return { ...ApiKeyResponseDto.of(key), key: plaintext };
  }
}
