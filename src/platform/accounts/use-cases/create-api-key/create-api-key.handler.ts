import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiKey } from '../../domain/api-key';
import { ApiKeyResponseDto, type CreatedApiKeyResponseDto } from '../api-key.response.dto';
import { CreateApiKeyCommand } from './create-api-key.command';

@CommandHandler(CreateApiKeyCommand)
export class CreateApiKeyHandler implements ICommandHandler<CreateApiKeyCommand> {
  constructor(private readonly em: EntityManager) {}

  async execute(command: CreateApiKeyCommand): Promise<CreatedApiKeyResponseDto> {
    const { key, plaintext } = ApiKey.issue(command);
    await this.em.persist(key).flush();
    return { ...ApiKeyResponseDto.of(key), key: plaintext };
  }
}
