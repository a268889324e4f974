import { Query } from '@nestjs/cqrs';
import type { MessagingSettingsResponseDto } from './messaging-settings.response.dto';

export class GetMessagingSettingsQuery extends Query<MessagingSettingsResponseDto> {
  constructor(readonly accountId: string) {
    super();
  }
}
