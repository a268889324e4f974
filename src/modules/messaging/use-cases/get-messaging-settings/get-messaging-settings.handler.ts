import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountScope } from '../../../../platform/database/account-scope';
import { SenderSettings } from '../../domain/sender-settings';
import { Senders } from '../../infrastructure/senders';
import { GetMessagingSettingsQuery } from './get-messaging-settings.query';
import { MessagingSettingsResponseDto } from './messaging-settings.response.dto';

@QueryHandler(GetMessagingSettingsQuery)
export class GetMessagingSettingsHandler implements IQueryHandler<GetMessagingSettingsQuery> {
  constructor(
    private readonly scope: AccountScope,
    private readonly senders: Senders,
  ) {}

  execute({ accountId }: GetMessagingSettingsQuery): Promise<MessagingSettingsResponseDto> {
    return this.scope.read(accountId, async (em) => {
      const settings = await em.findOne(SenderSettings, {});
      return settings
        ? MessagingSettingsResponseDto.of(settings.sender(), false)
        : MessagingSettingsResponseDto.of(this.senders.fallback, true);
    });
  }
}
