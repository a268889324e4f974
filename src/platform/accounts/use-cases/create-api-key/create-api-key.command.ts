import { Command } from '@nestjs/cqrs';
import type { CreatedApiKeyResponseDto } from '../api-key.response.dto';

export class CreateApiKeyCommand extends Command<CreatedApiKeyResponseDto> {
  constructor(
    readonly accountId: string,
    readonly createdByUserId: string,
    readonly name: string,
  ) {
    super();
  }
}
