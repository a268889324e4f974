import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { parseSender } from '../../domain/sender';
import { SenderSettings } from '../../domain/sender-settings';
import { MessagingSettingsResponseDto } from '../get-messaging-settings/messaging-settings.response.dto';
import { ChangeMessagingSettingsCommand } from './change-messaging-settings.command';

@CommandHandler(ChangeMessagingSettingsCommand)
export class ChangeMessagingSettingsHandler implements ICommandHandler<ChangeMessagingSettingsCommand> {
  constructor(private readonly scope: AccountScope) {}

  execute({ accountId, sender }: ChangeMessagingSettingsCommand): Promise<MessagingSettingsResponseDto> {
    const parsed = parseSender(sender.kind, sender.value);
    return this.scope.transaction(accountId, async (em) => {
      const settings = await em.findOne(SenderSettings, {});
      if (settings) settings.change(parsed);
      else em.persist(SenderSettings.of(accountId, parsed));
      return MessagingSettingsResponseDto.of(parsed, false);
    });
  }
}
