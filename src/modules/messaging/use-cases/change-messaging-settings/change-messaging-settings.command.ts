import { Command } from '@nestjs/cqrs';
import type { SenderKind } from '../../domain/sender';
import type { MessagingSettingsResponseDto } from '../get-messaging-settings/messaging-settings.response.dto';

export class ChangeMessagingSettingsCommand extends Command<MessagingSettingsResponseDto> {
  constructor(
    readonly accountId: string,
    readonly sender: { kind: SenderKind; value: string },
  ) {
    super();
  }
}
